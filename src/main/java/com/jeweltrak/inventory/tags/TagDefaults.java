package com.jeweltrak.inventory.tags;

import com.jeweltrak.platform.tenancy.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Each user's tag style and copies, remembered from their last print (04-inventory §Printing Barcode Tags R4). */
@Repository
@Transactional(readOnly = true)
public class TagDefaults {

    /** What a user who never printed starts with: the jewelry tag, one copy. */
    public static final Choice FIRST_TIME = new Choice(TagStyle.TT360B, 1);

    public record Choice(TagStyle style, int copies) {
    }

    private final JdbcClient jdbc;

    TagDefaults(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Choice of(UserId user) {
        return jdbc.sql("select style, copies from tag_setting where user_id = ?").param(user.value())
                .query((rs, n) -> new Choice(TagStyle.named(rs.getString(1)).orElse(FIRST_TIME.style()), rs.getInt(2)))
                .optional().orElse(FIRST_TIME);
    }

    @Transactional
    public void remember(UserId user, Choice choice) {
        jdbc.sql("""
                        insert into tag_setting (tenant_id, user_id, style, copies) values (jt_current_tenant(), ?, ?, ?)
                        on conflict (tenant_id, user_id) do update set style = excluded.style, copies = excluded.copies,
                               updated_at = now()""")
                .params(user.value(), choice.style().name(), choice.copies()).update();
    }
}
