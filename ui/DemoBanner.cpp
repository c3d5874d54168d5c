#include "ui/DemoBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

DemoBanner::DemoBanner(QWidget* parent)
    : QFrame(parent)
    , m_leave(new QPushButton(tr("Use &real credentials"), this))
{
    setObjectName(QStringLiteral("demoBanner"));
    setFrameShape(QFrame::StyledPanel);
    // The highlight colour marks it, and the word "Demo" says it without colour.
    setAutoFillBackground(true);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, colours.color(QPalette::Highlight));
    colours.setColor(QPalette::WindowText, colours.color(QPalette::HighlightedText));
    setPalette(colours);
    auto* text = new QLabel(tr("<b>Demo</b> — made-up ingest configurations from a built-in endpoint on this "
                               "computer, not from AWS. Nothing you do here is saved."),
                            this);
    text->setObjectName(QStringLiteral("demoBannerText"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    m_leave->setObjectName(QStringLiteral("leaveDemoPushButton"));
    m_leave->setAccessibleName(tr("Leave the demo and use real credentials"));
    setAccessibleName(tr("Demo mode"));
    connect(m_leave, &QPushButton::clicked, this, &DemoBanner::leaveRequested);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(text, 1);
    layout->addWidget(m_leave);
}
