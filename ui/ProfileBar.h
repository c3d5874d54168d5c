#pragma once

#include "aws/ProfileListing.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

// The credentials row: the profile picker (Automatic first, then every
// profile with where it comes from), Credentials…, Check, and the account
// the selected profile belongs to once checked.
class ProfileBar : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileBar(QWidget* parent = nullptr);

    // "" for Automatic.
    QString selectedProfile() const;
    void selectProfile(const QString& name);
    // Fills the picker, keeping the selection (or selecting `select`).
    void setProfiles(const QList<ProfileListing>& listings, const QString& defaultName, const QString& select);
    void setIdentity(const QString& text);
    // Whether the picker offers "Automatic" (the demo has one profile and no chain).
    void setAutomaticOffered(bool offered);
    // Whether Credentials… can be used (the demo keeps no credentials).
    void setManageEnabled(bool enabled);
    QComboBox* picker() const
    {
        return m_combo;
    }
    QWidget* lastInTabOrder() const;

signals:
    void profileChanged(const QString& name);
    void manageRequested();
    void checkRequested();

private:
    QComboBox* m_combo;
    QPushButton* m_credentialsButton;
    QPushButton* m_checkButton;
    QLabel* m_identity;
    bool m_automaticOffered = true;
};
