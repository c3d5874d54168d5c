#include "aws/RetryPolicy.h"
#include "aws/RetryQuota.h"

#include <QTest>

Q_DECLARE_METATYPE(AwsError::Category)

// The AWS SDKs' standard retry mode, decided without a network: what is
// retried and what never is, the backoff's bounds, the attempt limit, and the
// retry quota (botocore retries/standard.py and retries/quota.py).
class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void retryable_data();
    void retryable();
    void neverRetried_data();
    void neverRetried();
    void backoffStaysWithinItsBounds_data();
    void backoffStaysWithinItsBounds();
    void attemptLimit();
    void quotaExhausted();
    void timeoutsCostTen();
    void successRefills();
    void clockSkewCodes();

private:
    static AwsError error(AwsError::Category category, int status = 0, const QString& code = QString())
    {
        AwsError e;
        e.category = category;
        e.httpStatus = status;
        e.code = code;
        return e;
    }
};

void TestRetryPolicy::retryable_data()
{
    using C = AwsError::Category;
    QTest::addColumn<AwsError::Category>("category");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("throttling") << C::Throttling << 429 << QStringLiteral("ThrottlingException");
    QTest::newRow("500") << C::ServerError << 500 << QStringLiteral("InternalServerException");
    QTest::newRow("502") << C::ServerError << 502 << QString();
    QTest::newRow("503") << C::ServerError << 503 << QStringLiteral("ServiceUnavailableException");
    QTest::newRow("504") << C::ServerError << 504 << QString();
    QTest::newRow("connection reset") << C::Network << 0 << QString();
    QTest::newRow("timeout") << C::Timeout << 0 << QString();
    QTest::newRow("transient code") << C::OtherService << 400 << QStringLiteral("RequestTimeout");
    QTest::newRow("prior request") << C::OtherService << 400 << QStringLiteral("PriorRequestNotComplete");
}

void TestRetryPolicy::retryable()
{
    QFETCH(AwsError::Category, category);
    QFETCH(int, status);
    QFETCH(QString, code);
    const AwsError e = error(category, status, code);
    QVERIFY(RetryPolicy::isRetryable(e));
    RetryQuota quota;
    const RetryPolicy::Decision decision = RetryPolicy(3, 1000).decide(e, 1, quota, 0.5);
    QCOMPARE(decision.kind, RetryPolicy::Decision::Retry);
}

void TestRetryPolicy::neverRetried_data()
{
    using C = AwsError::Category;
    QTest::addColumn<AwsError::Category>("category");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("validation") << C::Validation << 400 << QStringLiteral("ValidationException");
    QTest::newRow("not found") << C::NotFound << 404 << QStringLiteral("ResourceNotFoundException");
    QTest::newRow("access denied") << C::AccessDenied << 403 << QStringLiteral("AccessDeniedException");
    QTest::newRow("credentials rejected") << C::Authentication << 403 << QStringLiteral("UnrecognizedClientException");
    QTest::newRow("501") << C::ServerError << 501 << QString();
    QTest::newRow("conflict") << C::OtherService << 409 << QStringLiteral("ConflictException");
    QTest::newRow("reply too large") << C::TooLarge << 200 << QString();
    QTest::newRow("not HTTP") << C::MalformedReply << 0 << QString();
    QTest::newRow("TLS") << C::Tls << 0 << QString();
    QTest::newRow("plain http refused") << C::InsecureEndpoint << 0 << QString();
    QTest::newRow("cancelled") << C::Cancelled << 0 << QString();
}

void TestRetryPolicy::neverRetried()
{
    QFETCH(AwsError::Category, category);
    QFETCH(int, status);
    QFETCH(QString, code);
    const AwsError e = error(category, status, code);
    QVERIFY(!RetryPolicy::isRetryable(e));
    RetryQuota quota;
    QCOMPARE(RetryPolicy(3, 1000).decide(e, 1, quota, 0.5).kind, RetryPolicy::Decision::GiveUp);
    QCOMPARE(quota.available(), RetryQuota::Capacity); // nothing taken
}

void TestRetryPolicy::backoffStaysWithinItsBounds_data()
{
    QTest::addColumn<int>("attempt");
    QTest::addColumn<int>("ceilingMs"); // random() * min(2^(attempt-1), 20) * base
    QTest::newRow("after the first") << 1 << 1000;
    QTest::newRow("after the second") << 2 << 2000;
    QTest::newRow("after the fifth") << 5 << 16000;
    QTest::newRow("capped at 20 bases") << 6 << 20000;
    QTest::newRow("still capped") << 40 << 20000;
}

void TestRetryPolicy::backoffStaysWithinItsBounds()
{
    QFETCH(int, attempt);
    QFETCH(int, ceilingMs);
    const RetryPolicy policy(100, 1000);
    QCOMPARE(policy.backoffMs(attempt, 0.0), 0);
    QCOMPARE(policy.backoffMs(attempt, 0.5), ceilingMs / 2);
    QVERIFY(policy.backoffMs(attempt, 0.999999) < ceilingMs);
    QVERIFY(policy.backoffMs(attempt, 0.999999) >= ceilingMs - 1);
}

void TestRetryPolicy::attemptLimit()
{
    const AwsError busy = error(AwsError::Category::Throttling, 429, QStringLiteral("ThrottlingException"));
    RetryQuota quota;
    const RetryPolicy policy(3, 1000);
    QCOMPARE(policy.decide(busy, 1, quota, 0.1).kind, RetryPolicy::Decision::Retry);
    QCOMPARE(policy.decide(busy, 2, quota, 0.1).kind, RetryPolicy::Decision::Retry);
    QCOMPARE(policy.decide(busy, 3, quota, 0.1).kind, RetryPolicy::Decision::GiveUp);
    // One attempt means none again; the limit never goes below one.
    QCOMPARE(RetryPolicy(1, 1000).decide(busy, 1, quota, 0.1).kind, RetryPolicy::Decision::GiveUp);
    QCOMPARE(RetryPolicy(0, 1000).maxAttempts(), 1);
    QCOMPARE(RetryPolicy(-5, 1000).maxAttempts(), 1);
}

void TestRetryPolicy::quotaExhausted()
{
    const AwsError busy = error(AwsError::Category::ServerError, 503);
    RetryQuota quota;
    const RetryPolicy policy(1000, 0);
    int retries = 0;
    while (policy.decide(busy, 1, quota, 0.5).kind == RetryPolicy::Decision::Retry) {
        ++retries;
    }
    QCOMPARE(retries, RetryQuota::Capacity / RetryQuota::RetryCost);
    QCOMPARE(quota.available(), 0);
    const RetryPolicy::Decision decision = policy.decide(busy, 1, quota, 0.5);
    QCOMPARE(decision.kind, RetryPolicy::Decision::QuotaExhausted);
    QCOMPARE(decision.cost, 0);
}

void TestRetryPolicy::timeoutsCostTen()
{
    RetryQuota quota;
    const RetryPolicy policy(3, 1000);
    const RetryPolicy::Decision timeout = policy.decide(error(AwsError::Category::Timeout), 1, quota, 0.5);
    QCOMPARE(timeout.cost, RetryQuota::TimeoutRetryCost);
    QCOMPARE(RetryQuota::TimeoutRetryCost, 10);
    QCOMPARE(quota.available(), RetryQuota::Capacity - 10);
    const RetryPolicy::Decision reset = policy.decide(error(AwsError::Category::Network), 1, quota, 0.5);
    QCOMPARE(reset.cost, RetryQuota::RetryCost);
    QCOMPARE(quota.available(), RetryQuota::Capacity - 15);
    // With 9 tokens left a timeout cannot be retried, a reset still can.
    RetryQuota low;
    QVERIFY(low.acquire(RetryQuota::Capacity - 9));
    QCOMPARE(policy.decide(error(AwsError::Category::Timeout), 1, low, 0.5).kind,
             RetryPolicy::Decision::QuotaExhausted);
    QCOMPARE(policy.decide(error(AwsError::Category::Network), 1, low, 0.5).kind, RetryPolicy::Decision::Retry);
}

void TestRetryPolicy::successRefills()
{
    RetryQuota quota;
    QVERIFY(quota.acquire(50));
    quota.release(5);
    QCOMPARE(quota.available(), RetryQuota::Capacity - 45);
    quota.release(1000);
    QCOMPARE(quota.available(), RetryQuota::Capacity); // never above capacity
}

void TestRetryPolicy::clockSkewCodes()
{
    for (const char* code : {"AuthFailure", "InvalidSignatureException", "RequestExpired", "RequestInTheFuture",
                             "RequestTimeTooSkewed", "SignatureDoesNotMatch"}) {
        QVERIFY2(RetryPolicy::isClockSkewError(error(AwsError::Category::Authentication, 403, QLatin1String(code))),
                 code);
    }
    QVERIFY(!RetryPolicy::isClockSkewError(
        error(AwsError::Category::Authentication, 403, QStringLiteral("UnrecognizedClientException"))));
    // A refusal for the clock is not retried by the policy itself: the call
    // resends it once, only when its clock correction explains it.
    QVERIFY(!RetryPolicy::isRetryable(
        error(AwsError::Category::Authentication, 403, QStringLiteral("InvalidSignatureException"))));
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "TestRetryPolicy.moc"
