package com.jeweltrak.reports.web;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.files.FileId;
import com.jeweltrak.platform.files.StoredFiles;
import com.jeweltrak.platform.mail.MailOutbox;
import com.jeweltrak.platform.mail.OutgoingMail;
import com.jeweltrak.platform.mail.Recipients;
import com.jeweltrak.platform.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The toolbar's Email (§2 R4): the report, as it stands with the current filters, built as a PDF or an Excel file, kept
 * as a stored file and queued in the outbox with it attached — the mail exists exactly when the file does.
 */
@Component
class EmailingAReport {

    /** The e-mail form as typed; {@code format} pdf or xlsx. */
    record EmailForm(String toAddress, String subject, String message, String format) {
    }

    private final ReportDocuments documents;
    private final StoredFiles files;
    private final MailOutbox outbox;

    EmailingAReport(ReportDocuments documents, StoredFiles files, MailOutbox outbox) {
        this.documents = documents;
        this.files = files;
        this.outbox = outbox;
    }

    /** Queues the mail; answers the address it goes to. Refuses a bad address beside {@code toAddress}. */
    @Transactional
    public String email(CheckedRequest request, EmailForm form, CurrentUser user) {
        String to = Recipients.checked(form.toAddress());
        boolean excel = "xlsx".equals(form.format());
        if (!excel && form.format() != null && !form.format().isBlank() && !"pdf".equals(form.format())) {
            throw new BusinessRuleViolated("format", "Choose PDF or Excel.");
        }
        String subject = form.subject() == null || form.subject().isBlank() ? defaultSubject(request) : form.subject().trim();
        String fileName = documents.fileName(request, excel ? "xlsx" : "pdf");
        byte[] content = excel ? documents.xlsxBytes(request, user) : documents.pdf(request, user);
        // stored files accept no spreadsheet type: an .xlsx travels as a download (octet-stream), its name says what it is
        FileId file = files.keep(fileName, excel ? "application/octet-stream" : "application/pdf", content);
        String text = (form.message() == null || form.message().isBlank() ? "" : form.message().trim() + "\n\n")
                + request.params().report().title() + " is attached (" + fileName + ").\n\n" + user.displayName();
        outbox.enqueue(new OutgoingMail(to, null, user.email(), limited(subject), text, null, "report", null, null), file);
        return to;
    }

    /** "Sales Register 2026-11-01 – 2026-11-22": the report and its range. */
    static String defaultSubject(CheckedRequest request) {
        var values = request.values();
        String title = request.params().report().title();
        if (values == null) return title;
        if (values.from() != null) return title + " " + values.from() + " – " + values.to();
        return title + " " + (values.parameters().get("asOf") != null ? values.parameters().get("asOf") : values.today());
    }

    private static String limited(String subject) {
        return subject.length() > 200 ? subject.substring(0, 200) : subject;
    }
}
