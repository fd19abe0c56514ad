/**
 * The posting rules: one small class per sales event, each turning the event into journal lines.
 * <p>
 * Why a plain synchronous {@code @EventListener} and not {@code @ApplicationModuleListener}: the latter runs after
 * the sales transaction commits, in a transaction of its own, with the event publication registry to retry it —
 * in between, a committed invoice would have no entry, and a listener that keeps failing leaves the books behind
 * the documents. A synchronous listener runs inside the transaction that published the event (its beans are
 * {@code MANDATORY}: outside a transaction they refuse), so the document and its entry commit together, and any
 * failure — an unbalanced entry, a closed period — rolls the document back with it. A posting cannot be lost
 * because it cannot exist apart from its document. ({@code @TransactionalEventListener(BEFORE_COMMIT)} would be
 * just as atomic, but being a transactional listener it would also get an event_publication row to no purpose,
 * and its failure surfaces only at commit; the plain listener fails at the very call that published the event.)
 */
package com.jeweltrak.accounting.posting;
