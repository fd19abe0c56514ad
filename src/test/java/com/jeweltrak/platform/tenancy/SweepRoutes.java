package com.jeweltrak.platform.tenancy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static java.util.Map.entry;

/**
 * What {@link TenantIsolationSweepTests} knows about routes: which kind of record each path variable names,
 * the sample input of the routes that read one, and how the routes with path variables are found at run time.
 * A module adding routes adds its segments and samples here; the sweep itself does not change.
 */
final class SweepRoutes {

    private SweepRoutes() {
    }

    /** The kinds of record a path variable can name; each has records in B (and one of A's for mixed calls). */
    enum Kind { USER, GROUP, STORE, TOKEN, SESSION, AUDIT_ENTRY, TABLE, LIST_KEY, CONTACT, CERTIFICATE, ITEM, STOCK_ID, INVENTORY_COUNT, WISHLIST_ENTRY, PHOTO, PHOTO_DOWNLOAD, SET_STONE, STONE_CERTIFICATE, STYLE, INVOICE, INVOICE_LINE, PAYMENT, PAYMENT_OPTION, JOURNAL_ENTRY, MEMO, MEMO_RETURN, WORK_ORDER, WORK_ORDER_STAGE, APPRAISAL, APPRAISAL_ITEM, PARTNERSHIP, RECONCILIATION, JOB_TEMPLATE, WORK_ORDER_ATTACHMENT, WORK_ORDER_DEPOSIT, CUSTOMER_PAYMENT, GIFT_CARD, STORE_CREDIT, REPORT }

    /**
     * Variables that name something every tenant has alike rather than a record: a pick list's key
     * ({@code /utilities/lists/{listKey}}, {@code /api/v1/pick-lists/{listKey}}). There is no "B's list"
     * to ask for, so such a route is called once, as A, with the test list's key, and instead of 404 it
     * must answer without any of B's strings (B's stores carry a distinctive region, a value of that
     * list) and change nothing of B; its writes name B's values, which A's list does not have: 404.
     */
    static final Set<Kind> TENANT_WIDE_KEYS = Set.of(Kind.LIST_KEY);

    /**
     * The literal segment before a path variable says which kind of record it names. The singular ones
     * are record-type keys: a route with a {type} variable (the Quick Peek, /peek/{type}/{id}) is swept
     * once per registered type, with the type written into the path, so its id is known too.
     */
    static final Map<String, Kind> KIND_BY_SEGMENT = Map.ofEntries(
            entry("users", Kind.USER),
            entry("groups", Kind.GROUP),
            entry("permission-groups", Kind.GROUP),
            entry("stores", Kind.STORE),
            entry("tokens", Kind.TOKEN),
            entry("sessions", Kind.SESSION),
            entry("audit-log", Kind.AUDIT_ENTRY),
            // a History is asked for by table and record id: the sweep names the users' table, so the id is a user's
            entry("history", Kind.TABLE),
            entry("{table}", Kind.USER),
            entry("user", Kind.USER),
            entry("store", Kind.STORE),
            entry("lists", Kind.LIST_KEY),
            entry("pick-lists", Kind.LIST_KEY),
            entry("contacts", Kind.CONTACT),
            entry("contact", Kind.CONTACT),
            entry("certificates", Kind.CERTIFICATE),
            entry("items", Kind.ITEM),
            entry("jewelry", Kind.ITEM),
            entry("watch", Kind.ITEM),
            entry("diamond", Kind.ITEM),
            entry("colored-stone", Kind.ITEM),
            entry("pearl", Kind.ITEM),
            entry("by-stock-id", Kind.STOCK_ID),
            entry("counts", Kind.INVENTORY_COUNT),
            entry("inventory-counts", Kind.INVENTORY_COUNT),
            entry("wishlist", Kind.WISHLIST_ENTRY),
            entry("wishlists", Kind.WISHLIST_ENTRY),
            entry("photos", Kind.PHOTO),
            entry("downloads", Kind.PHOTO_DOWNLOAD),
            entry("set-stones", Kind.SET_STONE),
            entry("stone-certificates", Kind.STONE_CERTIFICATE),
            entry("styles", Kind.STYLE),
            entry("style", Kind.STYLE),
            entry("payment-options", Kind.PAYMENT_OPTION),
            entry("invoices", Kind.INVOICE),
            entry("lines", Kind.INVOICE_LINE),
            entry("payments", Kind.PAYMENT),
            entry("invoice", Kind.INVOICE),
            entry("journal", Kind.JOURNAL_ENTRY),
            entry("journal-entries", Kind.JOURNAL_ENTRY),
            entry("journal-entry", Kind.JOURNAL_ENTRY),
            entry("memos", Kind.MEMO),
            entry("memo", Kind.MEMO),
            entry("memo-returns", Kind.MEMO_RETURN),
            entry("work-orders", Kind.WORK_ORDER),
            entry("work-order", Kind.WORK_ORDER),
            entry("stages", Kind.WORK_ORDER_STAGE),
            entry("attachments", Kind.WORK_ORDER_ATTACHMENT),
            entry("deposits", Kind.WORK_ORDER_DEPOSIT),
            entry("appraisals", Kind.APPRAISAL),
            entry("appraisal", Kind.APPRAISAL),
            entry("pieces", Kind.APPRAISAL_ITEM),
            entry("partnerships", Kind.PARTNERSHIP),
            entry("reconciliations", Kind.RECONCILIATION),
            entry("job-templates", Kind.JOB_TEMPLATE),
            entry("stone-services", Kind.WORK_ORDER),
            entry("gift-cards", Kind.GIFT_CARD),
            entry("store-credits", Kind.STORE_CREDIT),
            entry("reports", Kind.REPORT),
            entry("customers", Kind.CONTACT),
            entry("receivables", Kind.CONTACT),
            entry("customer-payments", Kind.CUSTOMER_PAYMENT),
            entry("accounting/payments", Kind.CUSTOMER_PAYMENT));

    /** A route variable that names a record type rather than a record: expanded to every registered type. */
    static final String TYPE_VARIABLE = "{type}";

    /**
     * A valid input per route that reads one, so that validation cannot answer 400 before the record
     * is looked up: JSON for the API, a form for the pages. {group} and {store} become the caller's
     * own ids, so the input would be accepted if the record were the caller's.
     */
    static final Map<String, String> SAMPLES = Map.ofEntries(
            entry("POST /api/v1/customer-payments/{id}/void", """
                    {"kind": "NSF"}"""),
            entry("POST /api/v1/customer-payments/{id}/apply", "{}"),
            entry("POST /accounting/payments/{paymentId}/void", "kind=NSF"),
            entry("POST /accounting/receivables/{customerId}/payments", "amount=10&method=CASH&mode=OLDEST_FIRST"),
            entry("PUT /api/v1/users/{id}", """
                    {"firstName": "Sweep", "lastName": "Caller", "email": "sweep-input@test.example", "phone": "555-0100"}"""),
            entry("PUT /api/v1/users/{id}/access", """
                    {"groups": [{group}], "stores": [{store}]}"""),
            entry("PUT /api/v1/users/{id}/overrides", """
                    {"CanViewCost": false}"""),
            entry("POST /api/v1/users/{id}/reset-password", """
                    {"password": "a-new-long-password"}"""),
            entry("PUT /api/v1/permission-groups/{id}", """
                    {"name": "Sweep input group", "description": "from the sweep", "grants": ["CanViewCost"]}"""),
            entry("POST /settings/users/{id}", "firstName=Sweep&lastName=Caller&email=sweep-input%40test.example&phone=555-0100"),
            entry("POST /settings/users/{id}/access", "groups={group}&stores={store}"),
            entry("POST /settings/users/{id}/password", "password=a-new-long-password"),
            entry("POST /settings/groups/{id}", "name=Sweep+input+group&description=from+the+sweep&keys=CanViewCost"),
            entry("PUT /api/v1/stores/{id}", """
                    {"name": "Sweep input store", "address": {"line1": "1 Gem Row", "city": "Springfield", "country": "US"},
                     "timeZone": "America/Denver", "taxRate": "0.06", "surTaxRate": "0.01", "surTaxThreshold": "5000",
                     "defaultStockType": "J", "showOrderNumber": true, "active": true}"""),
            entry("POST /settings/stores/{id}", "name=Sweep+input+store&addressLine1=1+Gem+Row&city=Springfield"
                    + "&timeZone=America%2FChicago&taxRate=6.25&surTaxRate=1&surTaxThreshold=5000&defaultStockType=J"
                    + "&active=true&_active=on&_showOrderNumber=on&_showLineSalesperson=on&_showSerialNumber=on"),
            // {ownRegion} is a value of A's list; {otherRegion} and {otherStoredValue} are B's only
            entry("POST /api/v1/pick-lists/{listKey}/rename", """
                    {"from": "{otherRegion}", "to": "Sweep renamed region", "merge": true}"""),
            entry("POST /api/v1/pick-lists/{listKey}/merge", """
                    {"survivor": "{ownRegion}", "losers": ["{otherRegion}", "{otherStoredValue}"]}"""),
            entry("POST /api/v1/pick-lists/{listKey}/delete", """
                    {"value": "{otherStoredValue}"}"""),
            entry("POST /utilities/lists/{listKey}/rename", "from={otherRegion}&to=Sweep+renamed+region&merge=true"),
            entry("POST /utilities/lists/{listKey}/merge", "survivor={ownRegion}&losers={otherRegion}&losers={otherStoredValue}"),
            entry("POST /utilities/lists/{listKey}/delete", "value={otherStoredValue}"),
            entry("PUT /api/v1/contacts/{id}", """
                    {"firstName": "Sweep", "lastName": "Input", "roles": ["customer"], "email": "sweep@test.example"}"""),
            entry("POST /api/v1/contacts/{id}/add-role", """
                    {"role": "vendor"}"""),
            entry("POST /api/v1/contacts/{id}/remove-role", """
                    {"role": "customer"}"""),
            entry("POST /contacts/{id}", "firstName=Sweep&lastName=Input&customer=true&taxStatus=TAXABLE&shippingSame=true"),
            entry("POST /contacts/{id}/roles", "role=vendor&give=true"),
            entry("POST /contacts/{id}/scan", "firstName=Sweep&taxStatus=TAXABLE"),
            entry("POST /api/v1/contacts/{contactId}/certificates", """
                    {"state": "CA", "permitNumber": "SWEEP-1"}"""),
            entry("POST /api/v1/contacts/{contactId}/certificates/{id}/verify", """
                    {"result": "VALID"}"""),
            entry("POST /api/v1/contacts/{contactId}/certificates/{id}/supersede", """
                    {"state": "CA", "permitNumber": "SWEEP-2"}"""),
            entry("POST /contacts/{contactId}/certificates", "state=CA&permitNumber=SWEEP-3"),
            entry("POST /contacts/{contactId}/certificates/{id}/verify", "result=VALID"),
            entry("POST /contacts/{contactId}/certificates/{id}/supersede", "state=CA&permitNumber=SWEEP-4"),
            // {ownContact} is one of A's contacts: the merge would be accepted if {id} were A's too
            entry("POST /api/v1/contacts/{id}/merge", """
                    {"secondaries": [{ownContact}]}"""),
            entry("POST /api/v1/contacts/{id}/merge-preview", """
                    {"secondaries": [{ownContact}]}"""),
            entry("PUT /api/v1/items/{id}", """
                    {"storeId": {store}, "category": "Sweep", "purchaseDate": "2026-11-01", "cost": "100", "details": {}}"""),
            entry("POST /api/v1/items/{id}/adjust", """
                    {"quantityChange": "1", "reason": "Sweep"}"""),
            entry("PUT /api/v1/stores/{id}/price-multipliers", """
                    {"p1Multiplier": "2", "p2Multiplier": "1.25", "p2Base": "PREVIOUS"}"""),
            entry("POST /settings/stores/{id}/multipliers", "p1Multiplier=2&p2Multiplier=1.25&p2Base=PREVIOUS&p3Base=COST&retailBase=COST"),
            entry("POST /settings/stores/{id}/payment-options", "kind=LINK&label=Sweep&url=https%3A%2F%2Fpay.example%2Fsweep"),
            entry("POST /settings/stores/{id}/payment-options/{optionId}", "kind=LINK&label=Sweep&url=https%3A%2F%2Fpay.example%2Fsweep"),
            entry("POST /inventory/items/{id}", "family=jewelry&storeId={store}&category=Ring&cost=100&purchaseDate=2026-11-20"
                    + "&taxable=true"),
            entry("POST /inventory/items/{id}/adjust", "quantityChange=1&reason=Sweep"),
            entry("POST /api/v1/inventory-counts/{id}/scans", """
                    {"stockId": "5001"}"""),
            entry("POST /api/v1/contacts/{id}/wishlist", """
                    {"stockId": "1", "occasion": "OTHER", "note": "Sweep"}"""),
            entry("POST /inventory/items/{id}/wishlists", "contactId={ownContact}&occasion=OTHER&note=Sweep"),
            entry("POST /inventory/items/{id}/photos/link", "url=http%3A%2F%2F127.0.0.1%3A1%2Fsweep.png"),
            entry("POST /inventory/items/{id}/photos/{photoId}/move", "step=1"),
            entry("POST /api/v1/items/{id}/photos/link", """
                    {"url": "http://127.0.0.1:1/sweep.png"}"""),
            entry("PUT /api/v1/items/{id}/photos/order", """
                    {"photoIds": []}"""),
            entry("POST /inventory/items/{id}/set-stones", "category=WHITE_DIAMOND&type=Diamond&quantity=1&caratWeight=0.1"),
            entry("POST /inventory/items/{id}/set-stones/{stoneId}", "category=WHITE_DIAMOND&type=Diamond&quantity=1&caratWeight=0.2"),
            entry("POST /api/v1/items/{id}/set-stones", """
                    {"category": "WHITE_DIAMOND", "caratWeight": "0.1"}"""),
            entry("PUT /api/v1/items/{id}/set-stones/{stoneId}", """
                    {"category": "WHITE_DIAMOND", "caratWeight": "0.2"}"""),
            entry("POST /api/v1/items/{id}/set-stones/combine", """
                    {"stockId": "1"}"""),
            entry("PUT /api/v1/styles/{id}", """
                    {"styleNumber": "SWEEP-STYLE", "family": "jewelry", "description": "Sweep"}"""),
            entry("POST /inventory/styles/{id}", "styleNumber=SWEEP-STYLE&family=jewelry&description=Sweep"),
            entry("POST /inventory/items/{id}/description/ai", "family=jewelry&category=Ring&description=Sweep"),
            entry("POST /inventory/items/{id}/description/template", "family=jewelry&category=Ring&description=Sweep"),
            entry("PUT /api/v1/invoices/{id}", """
                    {"reference": "Sweep PO", "freight": "5"}"""),
            entry("POST /api/v1/invoices/{id}/lines", """
                    {"kind": "SERVICE", "description": "Sweep sizing", "quantity": "1", "unitPrice": "10"}"""),
            entry("PUT /api/v1/invoices/{id}/lines/{lineId}", """
                    {"quantity": "2"}"""),
            entry("POST /api/v1/invoices/{id}/payments", """
                    {"method": "CASH", "amount": "1"}"""),
            entry("POST /api/v1/invoices/{id}/payments/{paymentId}/void", """
                    {"reason": "Sweep"}"""),
            entry("POST /sales/invoices/{id}", "reference=Sweep+PO&freight=5"),
            entry("POST /sales/invoices/{id}/email", "toAddress=sweep%40example.com"),
            entry("POST /sales/invoices/{id}/finalize", "idempotencyKey="),
            entry("POST /sales/invoices/{id}/lines", "kind=SERVICE&description=Sweep+sizing&quantity=1&unitPrice=10"),
            entry("POST /sales/invoices/{id}/lines/{lineId}", "quantity=2"),
            entry("POST /sales/invoices/{id}/payments", "method=CASH&amount=1"),
            entry("POST /api/v1/invoices/{id}/refunds", """
                    {"method": "CASH"}"""),
            entry("POST /sales/invoices/{id}/refunds", "method=CASH"),
            entry("POST /sales/invoices/{id}/gift-cards", "giftCardNumber=SWEEP1&unitPrice=10"),
            entry("POST /api/v1/contacts/{id}/store-credits", """
                    {"amount": "10.00", "reason": "Sweep", "storeId": {store}}"""),
            entry("POST /sales/customers/{id}/store-credits/new", "amount=10&reason=Sweep&storeId={store}"),
            entry("POST /api/v1/store-credits/{id}/cash-out", """
                    {"amount": "1.00", "method": "CASH"}"""),
            entry("POST /sales/store-credits/{id}/cash-out", "amount=1&method=CASH"),
            entry("POST /sales/invoices/{id}/returns", "sourceLineId=1&quantity=1"),
            entry("POST /sales/invoices/{id}/scan", "stockId=1"),
            entry("POST /api/v1/invoices/{id}/write-off", """
                    {"reason": "Sweep"}"""),
            entry("POST /api/v1/invoices/{id}/write-off/reverse", """
                    {"reason": "Sweep"}"""),
            entry("POST /sales/invoices/{id}/write-off", "reason=Sweep"),
            entry("POST /sales/invoices/{id}/write-off/reverse", "reason=Sweep"),
            entry("PUT /api/v1/memos/{id}", """
                    {"terms": "Sweep terms"}"""),
            entry("POST /api/v1/memos/{id}/lines", """
                    {"description": "Sweep misc", "unitPrice": "10"}"""),
            entry("POST /api/v1/memos/{id}/returns", """
                    {"lines": []}"""),
            entry("POST /sales/memos/{id}", "terms=Sweep+terms"),
            entry("POST /sales/memos/{id}/scan", "stockId=1"),
            entry("POST /sales/memos/{id}/lines", "description=Sweep+misc&unitPrice=10"),
            entry("POST /sales/memos/{id}/returns", "notes=Sweep"),
            entry("POST /sales/memos/{id}/email", "toAddress=sweep%40example.com"),
            entry("POST /sales/invoices/{id}/trade-ins", "tradeDescription=Sweep+piece&tradeFamily=JEWELRY&tradeCredit=10"),
            entry("POST /sales/invoices/{id}/lines/{lineId}/trade", "tradeConcession=1"),
            entry("POST /sales/memos/{id}/invoices", "note=Sweep"),
            entry("POST /api/v1/memos/{id}/invoice", """
                    {"lines": []}"""),
            entry("POST /services/work-orders/{id}", "orderType=repair&description=Sweep"),
            entry("POST /services/work-orders/{id}/status", "status=in_production"),
            entry("POST /services/work-orders/{id}/stages", "name=Sweep+stage"),
            entry("POST /stone-services/items/{itemId}", "service=recut"),
            entry("POST /stone-services/work-orders/{id}/return", "actualCost=1"),
            entry("POST /api/v1/stone-services/{workOrderId}/return", """
                    {"actualCost": "1"}"""),
            entry("POST /services/work-orders/{id}/stages/{stageId}", "name=Sweep+stage"),
            entry("PUT /api/v1/work-orders/{id}", """
                    {"orderType": "repair", "description": "Sweep"}"""),
            entry("POST /api/v1/work-orders/{id}/status", """
                    {"status": "in_production"}"""),
            entry("POST /api/v1/work-orders/{id}/stages", """
                    {"name": "Sweep stage"}"""),
            entry("PUT /api/v1/work-orders/{id}/stages/{stageId}", """
                    {"name": "Sweep stage"}"""),
            entry("POST /services/work-orders/{id}/signatures", "kind=intake&signerName=Sweep&image="),
            entry("POST /services/work-orders/{id}/attachments", "kind=damage&caption=Sweep"),
            entry("PUT /api/v1/work-orders/{id}/attachments/{attachmentId}", """
                    {"caption": "Sweep"}"""),
            entry("POST /services/work-orders/{id}/stages/{stageId}/vendor-mail", "kind=quote_request&subject=Sweep&body=Sweep"),
            entry("POST /api/v1/work-orders/{id}/stages/{stageId}/vendor-mail", """
                    {"kind": "quote_request", "subject": "Sweep", "body": "Sweep"}"""),
            entry("POST /api/v1/work-orders/{id}/signatures", """
                    {"kind": "intake", "signerName": "Sweep", "image": ""}"""),
            entry("PUT /api/v1/appraisals/{id}", """
                    {"headerNotes": "Sweep notes"}"""),
            entry("POST /api/v1/appraisals/{id}/items", """
                    {"description": "Sweep ring", "appraisedValue": "10"}"""),
            entry("PUT /api/v1/appraisals/{id}/pieces/{itemId}", """
                    {"description": "Sweep ring", "appraisedValue": "10"}"""),
            entry("POST /services/appraisals/{id}", "headerNotes=Sweep+notes"),
            entry("POST /services/appraisals/{id}/items", "description=Sweep+ring&appraisedValue=10"),
            entry("POST /services/appraisals/{id}/email", "toAddress=sweep%40example.com"),
            entry("POST /partnerships/items/{itemId}", "partnershipValue=100&newPartnerId={ownContact}&newKind=OWNER&newPercent=10"),
            entry("POST /partnerships/{id}/reconcile", "partner={ownContact}&payout=&date=&method=Cash&checkNumber=&notes=&reason="),
            entry("POST /api/v1/items/{id}/partnership", """
                    {"partners": [{"contactId": {ownContact}, "shareKind": "OWNER", "percent": "10"}]}"""),
            entry("POST /api/v1/partnerships/{id}/reconcile", """
                    {"payments": [{"partnerId": {ownContact}, "paymentMethod": "Cash"}]}"""),
            entry("POST /api/v1/partnerships/{id}/sell-to-partner", """
                    {"sellingPartnerId": {ownContact}}"""),
            entry("POST /settings/job-templates/{id}", "name=Sweep+template&orderType=repair&unitPrice=10"),
            entry("POST /services/work-orders/{id}/quotes", "amount=10"),
            entry("POST /services/work-orders/{id}/deposits", "amount=10&method=CASH"),
            entry("POST /services/work-orders/{id}/deposits/{depositId}/refund", "method=CASH"),
            entry("POST /services/work-orders/{id}/deposits/{depositId}/store-credit", "method="),
            entry("POST /services/work-orders/{id}/invoice", "method="),
            entry("POST /services/work-orders/{id}/message/send", "messageId=0&channel=EMAIL&to=sweep%40example.com&body=Sweep"),
            entry("POST /services/work-orders/{id}/message/skip", "messageId=0"),
            entry("POST /api/v1/work-orders/{id}/message", """
                    {"messageId": 0, "action": "SKIP"}"""),
            entry("POST /api/v1/work-orders/{id}/deposits", """
                    {"amount": "10", "method": "CASH"}"""),
            entry("POST /api/v1/work-orders/{id}/deposits/{depositId}/refund", """
                    {"method": "CASH"}"""),
            entry("POST /api/v1/work-orders/{id}/warranty-redo", """
                    {"unitPrice": "10"}"""),
            entry("POST /services/work-orders/{id}/quote/email", "toAddress=sweep%40example.com"),
            entry("POST /api/v1/work-orders/{id}/quotes", """
                    {"amount": "10"}"""),
            entry("POST /api/v1/work-orders/{id}/quote/email", """
                    {"toAddress": "sweep@example.com"}"""),
            entry("PUT /api/v1/job-templates/{id}", """
                    {"name": "Sweep template", "orderType": "repair"}"""),
            // issue 12 §3: routes naming no record whose OpenAPI schema alone does not make a valid body
            entry("POST /api/v1/receivables/statements/email", """
                    {"customerIds": [{ownContact}]}"""),
            entry("POST /api/v1/stores", """
                    {"name": "Sweep store", "timeZone": "America/Denver"}"""),
            entry("PUT /api/v1/organization", """
                    {"name": "Sweep organization", "businessType": "RETAILER", "openMemoReminderDays": 30,
                     "birthdayAnniversaryReminderDays": 7, "goldWeightUnit": "GRAM"}"""));

    static final Pattern VARIABLE = Pattern.compile("\\{\\*?([^}:/]+)(?::[^}]*)?}");

    record Route(String method, String pattern, HandlerMethod handler) {
        String key() {
            return method + " " + pattern;
        }

        boolean api() {
            return pattern.startsWith("/api/");
        }
    }

    /** The path variables of a pattern and the kind of record each names; unknown kinds fail the sweep. */
    static Map<String, Kind> variables(String pattern) {
        Map<String, Kind> variables = new LinkedHashMap<>();
        String[] segments = pattern.split("/");
        for (int i = 0; i < segments.length; i++) {
            Matcher m = VARIABLE.matcher(segments[i]);
            if (!m.find()) continue;
            Kind kind = i > 0 && m.start() == 0 && m.end() == segments[i].length() ? KIND_BY_SEGMENT.get(segments[i - 1]) : null;
            // two literal segments win over one where a module reuses a common word (accounting/payments: receipts)
            if (kind != null && i > 1 && KIND_BY_SEGMENT.containsKey(segments[i - 2] + "/" + segments[i - 1])) {
                kind = KIND_BY_SEGMENT.get(segments[i - 2] + "/" + segments[i - 1]);
            }
            if (kind == null) {
                throw new IllegalArgumentException("the sweep does not know which records {" + m.group(1) + "} in " + pattern
                        + " names: give tenant B records of that kind in sweep() and add its segment to KIND_BY_SEGMENT");
            }
            variables.put(m.group(1), kind);
        }
        return variables;
    }

    /** A route reads input if it takes a JSON body, a form object, or a required request parameter. */
    static boolean needsInput(HandlerMethod handler) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class) || parameter.hasParameterAnnotation(ModelAttribute.class)) {
                return true;
            }
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null && param.required() && ValueConstants.DEFAULT_NONE.equals(param.defaultValue())) {
                return true;
            }
            if (parameter.getParameterAnnotations().length == 0 && parameter.getParameterType().isRecord()) {
                return true;
            }
        }
        return false;
    }

    static List<Route> routesWithPathVariables(RequestMappingHandlerMapping mappings, Set<String> recordTypes) {
        return allRoutes(mappings, recordTypes).stream().filter(r -> r.pattern().contains("{")).toList();
    }

    /** issue 12 §3: every route of the app, with or without path variables, the Quick Peek once per record type. */
    static List<Route> allRoutes(RequestMappingHandlerMapping mappings, Set<String> recordTypes) {
        List<Route> found = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            Set<RequestMethod> methods = mapping.getKey().getMethodsCondition().getMethods();
            // a mapping for any method is swept with the two a browser or client sends
            Set<RequestMethod> swept = methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST) : methods;
            for (String pattern : mapping.getKey().getPatternValues()) {
                // /peek/{type}/{id}: one route per record type, so a type added later is swept with its ids
                List<String> patterns = pattern.contains(TYPE_VARIABLE)
                        ? recordTypes.stream().sorted().map(type -> pattern.replace(TYPE_VARIABLE, type)).toList()
                        : List.of(pattern);
                for (String concrete : patterns) {
                    for (RequestMethod method : swept) {
                        found.add(new Route(method.name(), concrete, mapping.getValue()));
                    }
                }
            }
        }
        found.sort(java.util.Comparator.comparing(Route::key));
        return found;
    }
}
