package com.jeweltrak.platform.picklists;

import java.util.List;

import com.jeweltrak.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 11-utilities §List Maintenance: a module's declaration is the only SQL a rewrite uses, so it is checked strictly. */
@IntegrationTest
class PickListDeclarationTests {

    @Autowired JdbcClient jdbc;

    // identifiers are the only text that reaches a statement unbound: anything but plain lower-case names is refused
    @Test
    void aDeclarationWithAnIdentifierThatIsNotPlainIsRefused() {
        assertThatThrownBy(() -> new PickList.Usage("store; drop table store", "region"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PickList.Usage("store", "\"region\""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PickList.of("Inventory Metal", "Metal", new PickList.Usage("store", "region")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lower-case and dotted");
        assertThatThrownBy(() -> new PickList("inventory.metal", "Metal", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // a usage that is no tenant table, a missing column or a column that is not text stops the startup with a clear message
    @Test
    void aDeclarationTheCatalogDoesNotConfirmFailsWithAClearMessage() {
        PickLists lists = new PickLists(List.of(), jdbc);
        assertThatCode(() -> lists.check(PickList.of("test.ok", "Ok", new PickList.Usage("store", "region"))))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> lists.check(PickList.of("test.audit", "Audit", new PickList.Usage("audit_log", "table_name"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("audit_log is not a tenant table");
        assertThatThrownBy(() -> lists.check(PickList.of("test.missing", "Missing", new PickList.Usage("no_such_table", "value"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no_such_table is not a tenant table");
        assertThatThrownBy(() -> lists.check(PickList.of("test.column", "Column", new PickList.Usage("store", "regio"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("store has no column regio");
        assertThatThrownBy(() -> lists.check(PickList.of("test.numeric", "Numeric", new PickList.Usage("store", "tax_rate"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("store.tax_rate is numeric, not text");
    }

    // two modules cannot both own one key
    @Test
    void twoDeclarationsOfOneKeyAreRefused() {
        PickList one = PickList.of("test.twice", "Twice", new PickList.Usage("store", "region"));
        assertThatThrownBy(() -> new PickLists(List.of(one, one), jdbc))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("test.twice");
    }
}
