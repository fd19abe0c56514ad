package com.jeweltrak.sales.memos.web;

import java.net.URI;
import java.util.List;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.idempotency.Idempotent;
import com.jeweltrak.platform.lists.PageRequested;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.sales.memos.AddingAMemoLine;
import com.jeweltrak.sales.memos.ChangingAMemo;
import com.jeweltrak.sales.memos.IssuingAMemo;
import com.jeweltrak.sales.memos.Memo;
import com.jeweltrak.sales.memos.MemoId;
import com.jeweltrak.sales.memos.MemoReturnId;
import com.jeweltrak.sales.memos.Memos;
import com.jeweltrak.sales.memos.RemovingAMemoLine;
import com.jeweltrak.sales.memos.ReturningFromAMemo;
import com.jeweltrak.sales.memos.VoidingAMemo;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Memos over the API (02-sales §Memos; design §5b): 404 for another tenant's memo or one of a store the caller may not
 * access, 403 without the permission, 409 for a voided memo, 422 when a rule refuses (not in stock, more than is out).
 * Adding a line and saving a return move stock, so they honour {@code Idempotency-Key}.
 */
@RestController
@RequestMapping("/api/v1/memos")
@Tag(name = "Memos", description = "Memos out: lines, void, memo return receipts (02-sales §Memos)")
class MemosApi {

    record CreateRequest(Long storeId, Long customerId, String memoDate, String expectedReturnDate, String terms,
                         String notes) {
    }

    record ChangeRequest(String expectedReturnDate, String terms, String notes) {
    }

    record LineRequest(String stockId, String description, String quantity, String unitPrice, String adjustment) {
    }

    record ReturnRequest(String returnDate, String notes, List<ReturnLine> lines) {
        record ReturnLine(Long memoLineId, String quantity) {
        }
    }

    private final Memos memos;
    private final IssuingAMemo issuing;
    private final ChangingAMemo changing;
    private final AddingAMemoLine adding;
    private final RemovingAMemoLine removing;
    private final VoidingAMemo voiding;
    private final ReturningFromAMemo returning;
    private final MemoPage page;

    MemosApi(Memos memos, IssuingAMemo issuing, ChangingAMemo changing, AddingAMemoLine adding, RemovingAMemoLine removing,
             VoidingAMemo voiding, ReturningFromAMemo returning, MemoPage page) {
        this.memos = memos;
        this.issuing = issuing;
        this.changing = changing;
        this.adding = adding;
        this.removing = removing;
        this.voiding = voiding;
        this.returning = returning;
        this.page = page;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('Memos.View')")
    @Operation(summary = "Memos of the stores the caller may access, newest first, paged")
    Paged<MemoJson> list(@Parameter(description = "Zero-based page number") @RequestParam(required = false) Integer page,
                         @Parameter(description = "Page size, at most 200; default 50") @RequestParam(required = false) Integer size) {
        PageRequested asked = PageRequested.of(page, size, 50);
        Paged<Memo> found = memos.page(CurrentUser.require().accessibleStores(), asked.page(), asked.size());
        return new Paged<>(found.content().stream().map(MemoJson::of).toList(), found.page(), found.size(), found.totalElements());
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('Memos.View')")
    @Operation(summary = "One memo with its lines, status pill and counts; 404 when it is not the caller's to see")
    MemoJson get(@PathVariable long id) {
        return MemoJson.of(page.visible(id));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('Memos.Create')")
    @Operation(summary = "Issue a new memo to a customer (numbered in the store's memo sequence), with its terms; "
            + "422 without a customer")
    ResponseEntity<MemoJson> create(@RequestBody CreateRequest request) {
        StoreId store = request.storeId() == null ? currentStore() : new StoreId(request.storeId());
        if (store == null || !CurrentUser.require().mayAccess(store)) {
            throw new BusinessRuleViolated("storeId", "Choose one of the stores you work in.");
        }
        MemoId id = issuing.issue(new IssuingAMemo.Request(store,
                request.customerId() == null ? null : new ContactId(request.customerId()),
                MemoInput.date("memoDate", request.memoDate()), MemoInput.date("expectedReturnDate", request.expectedReturnDate()),
                request.terms(), request.notes()));
        return ResponseEntity.created(URI.create("/api/v1/memos/" + id)).body(indexed(id));
    }

    @PutMapping("/{id}")
    @PreAuthorize(MemosController.EDITING)
    @Operation(summary = "Change the memo's expected return date, terms and notes; 409 when voided")
    MemoJson change(@PathVariable long id, @RequestBody ChangeRequest request) {
        Memo memo = page.visible(id);
        changing.change(memo.id(), new ChangingAMemo.Request(MemoInput.date("expectedReturnDate", request.expectedReturnDate()),
                request.terms(), request.notes()));
        return indexed(memo.id());
    }

    @PostMapping("/{id}/lines")
    @Idempotent
    @PreAuthorize(MemosController.EDITING)
    @Operation(summary = "Add a line: an item by stockId (its quantity moves In Stock → On Memo now; 422 naming the item "
            + "and what is in stock when there is not enough) or a misc line by description; honours Idempotency-Key")
    ResponseEntity<MemoJson> addLine(@PathVariable long id, @RequestBody LineRequest r) {
        Memo memo = page.visible(id);
        adding.add(memo.id(), new AddingAMemoLine.Request(r.stockId(), r.description(), MemoInput.decimal("quantity", r.quantity()),
                MemoInput.decimal("unitPrice", r.unitPrice()), MemoInput.decimal("adjustment", r.adjustment())));
        return ResponseEntity.status(201).body(indexed(memo.id()));
    }

    @DeleteMapping("/{id}/lines/{lineId}")
    @PreAuthorize(MemosController.EDITING)
    @Operation(summary = "Take a line off the memo (its stock comes back); 422 when units of it were returned or invoiced")
    MemoJson removeLine(@PathVariable long id, @PathVariable long lineId) {
        Memo memo = page.visible(id);
        removing.remove(memo.id(), lineId);
        return indexed(memo.id());
    }

    @PostMapping("/{id}/void")
    @PreAuthorize("hasAuthority('CanVoidMemos')")
    @Operation(summary = "Void a memo (needs CanVoidMemos): its stock comes back; 422 when anything was returned or invoiced")
    MemoJson voidMemo(@PathVariable long id) {
        Memo memo = page.visible(id);
        voiding.voidMemo(memo.id());
        return indexed(memo.id());
    }

    @PostMapping("/{id}/returns")
    @Idempotent
    @PreAuthorize("hasAuthority('MemoReturns.Create')")
    @Operation(summary = "Save a memo return receipt: memo lines and the quantities that came back (each at most its Out, "
            + "R7); QtyReturned rises, the items go On Memo → In Stock; honours Idempotency-Key")
    ResponseEntity<MemoJson.ReturnJson> receive(@PathVariable long id, @RequestBody ReturnRequest r) {
        Memo memo = page.visible(id);
        List<ReturningFromAMemo.Line> lines = r.lines() == null ? List.of() : r.lines().stream().map(l -> {
            if (l.memoLineId() == null) throw new BusinessRuleViolated("lines", "Name the memo line of each return line.");
            return new ReturningFromAMemo.Line(l.memoLineId(), MemoInput.decimal("quantity", l.quantity()));
        }).toList();
        MemoReturnId receipt = returning.receive(memo.id(), new ReturningFromAMemo.Request(
                MemoInput.date("returnDate", r.returnDate()), r.notes(), lines));
        return ResponseEntity.created(URI.create("/api/v1/memo-returns/" + receipt))
                .body(MemoJson.ReturnJson.of(memos.getReturn(receipt)));
    }

    private MemoJson indexed(MemoId id) {
        return MemoJson.of(memos.get(id));
    }

    private static StoreId currentStore() {
        CurrentUser.StoreChoice current = CurrentUser.require().currentStore();
        return current == null ? null : current.id();
    }
}
