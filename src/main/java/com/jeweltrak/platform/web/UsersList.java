package com.jeweltrak.platform.web;

import java.util.function.Consumer;

import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.lists.Column;
import com.jeweltrak.platform.lists.ListDefinition;
import com.jeweltrak.platform.lists.ListFilter;
import com.jeweltrak.platform.lists.ListQuery;
import com.jeweltrak.platform.lists.ListSource;
import com.jeweltrak.platform.users.Permission;
import com.jeweltrak.platform.users.Users;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Settings → Users as the list component shows it, on the page and in the API (10-settings §Users). */
@Configuration(proxyBeanMethods = false)
class UsersList {

    static final String KEY = "settings.users";

    @Bean
    ListDefinition<Users.Listed> usersListDefinition(Users users) {
        return ListDefinition.builder(KEY, Users.Listed.class)
                .title("Users")
                .pageUrl("/settings/users")
                .permission(Permission.CAN_MANAGE_USERS)
                .domIds("userResults", "usersTable")
                .column(Column.<Users.Listed>of("name", "Name", Users.Listed::name).identifying()
                        .sortedBy("lower(u.first_name)", "lower(u.last_name)")
                        .linkedTo(u -> "/settings/users/" + u.id().value()))
                .column(Column.<Users.Listed>of("email", "E-mail", Users.Listed::email).sortedBy("lower(u.email)"))
                .column(Column.<Users.Listed>of("phone", "Phone", Users.Listed::phone).hiddenByDefault()
                        .sortedBy("u.phone"))
                .column(Column.<Users.Listed>of("groups", "Groups", u -> String.join(", ", u.groups())))
                .column(Column.<Users.Listed>of("status", "Status", u -> u.active() ? "Active" : "Inactive")
                        .sortedBy("u.active").badge(u -> u.active() ? "text-bg-success" : "text-bg-secondary"))
                .filter(ListFilter.of("status", "Status", "Active and inactive",
                        new ListFilter.Option("active", "Active", "u.active"),
                        new ListFilter.Option("inactive", "Inactive", "not u.active")))
                .defaultOrder(Users.DEFAULT_ORDER)
                .id("u.id", u -> u.id().value())
                .peek(u -> "/peek/user/" + u.id().value())
                .source(new ListSource<>() {
                    @Override
                    public Paged<Users.Listed> page(ListQuery query) {
                        return users.list(query);
                    }

                    @Override
                    public void each(ListQuery query, Consumer<? super Users.Listed> row) {
                        users.each(query, row);
                    }
                })
                .build();
    }
}
