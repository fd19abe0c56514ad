package com.jeweltrak.reports.memos;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.EditingContacts;
import com.jeweltrak.reports.ReportRuns;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.memos.AddingAMemoLine;
import com.jeweltrak.sales.memos.ConvertingAMemo;
import com.jeweltrak.sales.memos.IssuingAMemo;
import com.jeweltrak.sales.memos.MemoFixtures;
import com.jeweltrak.sales.memos.MemoId;
import com.jeweltrak.sales.memos.ReturningFromAMemo;
import com.jeweltrak.sales.memos.VoidingAMemo;
import com.jeweltrak.support.TestTenants;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Memos dated where a memo report test needs them, made through the real use cases as the tenant's owner. */
@Component
class MemoReportsFixture {

    final MemoFixtures memos;
    private final IssuingAMemo issuing;
    private final AddingAMemoLine adding;
    private final ReturningFromAMemo returning;
    private final ConvertingAMemo converting;
    private final VoidingAMemo voiding;
    private final EditingContacts contacts;
    private final TransactionTemplate transactions;
    private final ReportRuns reports;

    MemoReportsFixture(MemoFixtures memos, IssuingAMemo issuing, AddingAMemoLine adding, ReturningFromAMemo returning,
                       ConvertingAMemo converting, VoidingAMemo voiding, EditingContacts contacts,
                       TransactionTemplate transactions, ReportRuns reports) {
        this.memos = memos;
        this.issuing = issuing;
        this.adding = adding;
        this.returning = returning;
        this.converting = converting;
        this.voiding = voiding;
        this.contacts = contacts;
        this.transactions = transactions;
        this.reports = reports;
    }

    LocalDate today(TestTenants.Tenant tenant) {
        return reports.read(tenant.owner(), "memo-liability", Map.of()).date("asOf");
    }

    ContactId customer(TestTenants.Tenant tenant, String first, String last) {
        return memos.sales.as(tenant, () -> transactions.execute(s -> contacts.add(Contact.draft(
                new Contact.Name(first, last, null, null), Set.of(ContactRole.CUSTOMER), null, null, null, null, null,
                null, false, false, null, null))));
    }

    MemoId issue(TestTenants.Tenant tenant, ContactId customer, LocalDate date) {
        return memos.sales.as(tenant, () -> issuing.issue(new IssuingAMemo.Request(tenant.store(), customer, date,
                null, null, null)));
    }

    MemoId issue(TestTenants.Tenant tenant, LocalDate date) {
        return issue(tenant, memos.sales.customer(tenant), date);
    }

    long add(TestTenants.Tenant tenant, MemoId memo, String stockId, String quantity, String unitPrice) {
        return memos.sales.as(tenant, () -> adding.add(memo, new AddingAMemoLine.Request(stockId, null,
                new BigDecimal(quantity), unitPrice == null ? null : new BigDecimal(unitPrice), null)));
    }

    void giveBack(TestTenants.Tenant tenant, MemoId memo, long line, String quantity, LocalDate date) {
        memos.sales.as(tenant, () -> returning.receive(memo, new ReturningFromAMemo.Request(date, null,
                List.of(new ReturningFromAMemo.Line(line, new BigDecimal(quantity))))));
    }

    /** Invoices {@code quantity} of the line today (conversion opens the invoice on today's date). */
    InvoiceId invoice(TestTenants.Tenant tenant, MemoId memo, long line, String quantity) {
        return memos.sales.as(tenant, () -> converting.convert(memo,
                List.of(new ConvertingAMemo.Line(line, new BigDecimal(quantity)))));
    }

    void voidMemo(TestTenants.Tenant tenant, MemoId memo) {
        memos.sales.run(tenant, () -> voiding.voidMemo(memo));
    }
}
