package com.jeweltrak.services;

import java.util.Map;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.tenancy.StoreId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a customer acknowledges by signing (03-services §5 R1), per store and kind. A store that has not written its
 * own wording uses the standard one, which says what the spec's index says each signature is for: at intake the
 * customer accepts the liability terms when dropping the piece off; at pickup the customer confirms the piece was
 * received. The wording is copied onto every signature, so changing it never changes what was signed.
 */
@Component
public class SignatureWording {

    static final Map<SignatureKind, String> STANDARD = Map.of(
            SignatureKind.INTAKE, "I am leaving the piece described on this work order with the store for the work "
                    + "described, and I accept the store's liability terms for it while it is in the store's care.",
            SignatureKind.PICKUP, "I have received the piece described on this work order.");

    private final JdbcClient jdbc;

    SignatureWording(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The store's own wording of the kind, else the standard one. */
    @Transactional(readOnly = true)
    public String of(StoreId store, SignatureKind kind) {
        return jdbc.sql("select wording from signature_wording where store_id = ? and kind = ?")
                .params(store.value(), kind.value()).query(String.class).optional().orElse(STANDARD.get(kind));
    }

    /** The store's own wording (audited); blank goes back to the standard wording. */
    @Transactional
    public void change(StoreId store, SignatureKind kind, String wording) {
        String text = wording == null ? "" : wording.strip();
        if (text.length() > 4000) throw new BusinessRuleViolated("wording", "Keep the wording under 4,000 characters.");
        if (text.isEmpty()) {
            jdbc.sql("delete from signature_wording where store_id = ? and kind = ?").params(store.value(), kind.value()).update();
            return;
        }
        jdbc.sql("""
                        insert into signature_wording (tenant_id, store_id, kind, wording) values (jt_current_tenant(), ?, ?, ?)
                        on conflict (tenant_id, store_id, kind) do update set wording = excluded.wording""")
                .params(store.value(), kind.value(), text).update();
    }
}
