package com.jeweltrak.platform.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.jeweltrak.platform.jobs.TenantsForJobs;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestSmtp;
import com.jeweltrak.support.TestTenants;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The mail outbox (design §2 mail): queued in the business transaction, delivered by a job, retried with backoff. */
@IntegrationTest
class MailOutboxTests {

    static TestTenants.Tenant tenant;
    static TestTenants.Tenant other;
    static TestSmtp smtp;

    @Autowired MailOutbox outbox;
    @Autowired DeliveringMail delivering;
    @Autowired DeliveringATenantsMail deliveringATenant;
    @Autowired TenantsForJobs tenants;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired MailProperties properties;

    @BeforeAll
    static void setUp(@Autowired TestTenants testTenants, @Autowired JavaMailSender sender) {
        tenant = testTenants.open("mail");
        other = testTenants.open("mail-other");
        smtp = TestSmtp.startedFor(sender);
    }

    @AfterAll
    static void tearDown() {
        smtp.stop();
    }

    @AfterEach
    void smtpIsUpAgain() {
        smtp.stop();
        smtp.start();
    }

    @Test
    void queuedMailIsDeliveredThroughSmtp() throws Exception {
        String to = unique("ada");
        long id = enqueue(tenant, to, "Your ring is ready");

        delivering.deliverDue(Instant.now());

        MimeMessage received = smtp.receivedBy(to).getFirst();
        assertThat(received.getSubject()).isEqualTo("Your ring is ready");
        assertThat(((InternetAddress) received.getFrom()[0]).getAddress()).isEqualTo("no-reply@jeweltrak.local");
        assertThat(row(tenant, id)).containsEntry("status", "SENT").containsEntry("attempts", 1);
    }

    @Test
    void mailGoesOutFromTheSendingAddressInTheShopsNameWithRepliesToTheStore() throws Exception {
        // 07-contacts §Birthday R8 → 12-online §Email From Identity R3: shared sending address, the shop's name
        // as display name, the shop's address as Reply-To
        TenantContext.runAs(tenant.id(), tenant.owner().id(), () -> transactions.executeWithoutResult(tx ->
                jdbc.sql("update store set email = 'front-desk@shop.example' where id = ?").params(tenant.store().value())
                        .update()));
        String to = unique("identity");
        enqueue(tenant, to, "From the shop");

        delivering.deliverDue(Instant.now());

        MimeMessage received = smtp.receivedBy(to).getFirst();
        InternetAddress from = (InternetAddress) received.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("no-reply@jeweltrak.local");
        assertThat(from.getPersonal()).startsWith("Org mail-");
        assertThat(((InternetAddress) received.getReplyTo()[0]).getAddress()).isEqualTo("front-desk@shop.example");
    }

    @Test
    void mailOfARolledBackTransactionIsNeverSent() {
        String to = unique("rolled-back");
        TenantContext.runAs(tenant.id(), tenant.owner().id(), () -> transactions.executeWithoutResult(tx -> {
            outbox.enqueue(OutgoingMail.text(to, null, "Never", "Never sent", "TEST"));
            tx.setRollbackOnly();
        }));

        delivering.deliverDue(Instant.now());

        assertThat(smtp.receivedBy(to)).isEmpty();
        assertThat(count(tenant, to)).isZero();
    }

    @Test
    void queueingOutsideATransactionIsRefused() {
        // a mail may only exist if a business change committed with it
        assertThatThrownBy(() -> TenantContext.runAs(tenant.id(), null,
                () -> outbox.enqueue(OutgoingMail.text(unique("no-tx"), null, "x", "x", "TEST"))))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void whenSmtpIsDownMailStaysQueuedAndIsDeliveredOnALaterRun() {
        smtp.stop();
        String to = unique("later");
        long id = enqueue(tenant, to, "Retry me");
        Instant now = Instant.now();

        delivering.deliverDue(now);

        var failedOnce = row(tenant, id);
        assertThat(failedOnce).containsEntry("status", "QUEUED").containsEntry("attempts", 1);
        assertThat((String) failedOnce.get("last_error")).isNotBlank();
        assertThat(nextAttempt(tenant, id)).as("the first retry waits a minute")
                .isCloseTo(now.plus(Duration.ofMinutes(1)), within(1, ChronoUnit.MILLIS));

        smtp.start();
        delivering.deliverDue(now.plusSeconds(30));
        assertThat(smtp.receivedBy(to)).as("not due before its backoff ends").isEmpty();

        delivering.deliverDue(now.plus(Duration.ofMinutes(2)));
        assertThat(smtp.receivedBy(to)).hasSize(1);
        assertThat(row(tenant, id)).containsEntry("status", "SENT").containsEntry("attempts", 2);
    }

    @Test
    void mailIsFailedAfterTheLastAttemptWithItsErrorKept() {
        smtp.stop();
        String to = unique("hopeless");
        long id = enqueue(tenant, to, "Hopeless");
        Instant now = Instant.now();

        for (int attempt = 0; attempt < properties.maxAttempts(); attempt++) {
            delivering.deliverDue(now);
            now = now.plus(Duration.ofDays(1));
        }

        assertThat(row(tenant, id)).containsEntry("status", "FAILED").containsEntry("attempts", properties.maxAttempts());
        assertThat((String) row(tenant, id).get("last_error")).contains("Connect");
    }

    @Test
    void retryNowQueuesFailedMailAgainForOneMoreAttempt() throws Exception {
        smtp.stop();
        String to = unique("retried");
        long id = enqueue(tenant, to, "Second chance");
        Instant now = Instant.now();
        for (int attempt = 0; attempt < properties.maxAttempts(); attempt++) {
            delivering.deliverDue(now);
            now = now.plus(Duration.ofDays(1));
        }
        smtp.start();

        mvc.perform(post("/api/v1/mail-outbox/retry").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"ids\": [" + id + "]}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.queued").value(1));
        delivering.deliverDue(Instant.now().plusSeconds(1));

        assertThat(smtp.receivedBy(to)).hasSize(1);
        assertThat(row(tenant, id)).containsEntry("status", "SENT");
    }

    @Test
    void withoutAnSmtpServerMailStaysQueuedAndIsNotPretendedSent() {
        String to = unique("no-server");
        long id = enqueue(tenant, to, "Nowhere to go");
        var unconfigured = new DeliveringMail(tenants, deliveringATenant,
                MailServer.notConfigured(properties.from()), Clock.systemUTC());

        unconfigured.deliverDue(Instant.now());

        assertThat(row(tenant, id)).containsEntry("status", "QUEUED").containsEntry("attempts", 0);
    }

    @Test
    void anotherTenantsMailIsNeverVisible() throws Exception {
        // design §4: RLS keeps each tenant's outbox its own, on the page, in the API and for "Retry now"
        String theirs = unique("theirs");
        long theirId = enqueue(other, theirs, "Other tenant's secret");

        mvc.perform(get("/api/v1/mail-outbox").with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(theirs))));
        mvc.perform(get("/utilities/mail-outbox").with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(theirs))));
        int queued = TenantContext.callAs(tenant.id(), tenant.owner().id(),
                () -> transactions.execute(tx -> jdbc.sql("update mail_outbox set status = 'QUEUED' where id = ?")
                        .params(theirId).update()));
        assertThat(queued).isZero();
    }

    @Test
    void theOutboxPageListsMailFilteredByStatus() throws Exception {
        String queued = unique("queued-listed");
        enqueue(tenant, queued, "Listed while queued");

        mvc.perform(get("/utilities/mail-outbox").param("status", "queued").with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(queued)));
        mvc.perform(get("/utilities/mail-outbox").param("status", "sent").with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(queued))));
    }

    private long enqueue(TestTenants.Tenant t, String to, String subject) {
        return TenantContext.callAs(t.id(), t.owner().id(), () -> transactions.execute(tx ->
                outbox.enqueue(OutgoingMail.text(to, "Test Person", subject, "Hello from the test.", "TEST"))));
    }

    private Map<String, Object> row(TestTenants.Tenant t, long id) {
        return TenantContext.callAs(t.id(), null, () -> transactions.execute(tx ->
                jdbc.sql("select status, attempts, last_error from mail_outbox where id = ?").params(id)
                        .query().singleRow()));
    }

    private Instant nextAttempt(TestTenants.Tenant t, long id) {
        return TenantContext.callAs(t.id(), null, () -> transactions.execute(tx ->
                jdbc.sql("select next_attempt_at from mail_outbox where id = ?").params(id)
                        .query(java.sql.Timestamp.class).single().toInstant()));
    }

    private long count(TestTenants.Tenant t, String to) {
        return TenantContext.callAs(t.id(), null, () -> transactions.execute(tx ->
                jdbc.sql("select count(*) from mail_outbox where to_address = ?").params(to).query(Long.class).single()));
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@customer.example";
    }
}
