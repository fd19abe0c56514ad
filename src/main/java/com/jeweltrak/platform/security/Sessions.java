package com.jeweltrak.platform.security;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import com.jeweltrak.platform.tenancy.TenantId;
import com.jeweltrak.platform.tenancy.UserId;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * A user's signed-in devices (decision 8): listed on My Profile and the user's admin page, ended one
 * by one or all at once. Sessions live in PostgreSQL, so every app node sees the same list, and an
 * ended session is gone for every node at once.
 */
@Component
public class Sessions {

    static final String USER_AGENT = "jeweltrak.userAgent";
    static final String ADDRESS = "jeweltrak.address";

    public record OpenSession(String id, String device, String address, Instant startedAt, Instant lastActiveAt,
                              boolean current) {
    }

    /** Notes the device and address on a new session, so the session list can say where one is signed in. */
    static void noteDevice(jakarta.servlet.http.HttpSession session, jakarta.servlet.http.HttpServletRequest request) {
        String agent = request.getHeader("User-Agent");
        session.setAttribute(USER_AGENT, agent == null ? null : agent.substring(0, Math.min(agent.length(), 300)));
        session.setAttribute(ADDRESS, request.getRemoteAddr());
    }

    private final FindByIndexNameSessionRepository<? extends Session> repository;

    Sessions(FindByIndexNameSessionRepository<? extends Session> repository) {
        this.repository = repository;
    }

    public List<OpenSession> of(TenantId tenant, UserId user, String currentSessionId) {
        return repository.findByPrincipalName(SignedInUser.principalName(tenant, user)).values().stream()
                .filter(s -> !s.isExpired())
                .map(s -> new OpenSession(s.getId(), DeviceNames.describe(s.getAttribute(USER_AGENT)),
                        s.getAttribute(ADDRESS), s.getCreationTime(), s.getLastAccessedTime(),
                        s.getId().equals(currentSessionId)))
                .sorted(Comparator.comparing(OpenSession::lastActiveAt).reversed())
                .toList();
    }

    /** Ends one session of this user; a session id of someone else is ignored. */
    public boolean end(TenantId tenant, UserId user, String sessionId) {
        var owned = repository.findByPrincipalName(SignedInUser.principalName(tenant, user));
        if (!owned.containsKey(sessionId)) {
            return false;
        }
        repository.deleteById(sessionId);
        return true;
    }

    public int endAll(TenantId tenant, UserId user) {
        return endAllExcept(tenant, user, null);
    }

    public int endAllExcept(TenantId tenant, UserId user, String keptSessionId) {
        int ended = 0;
        for (String id : repository.findByPrincipalName(SignedInUser.principalName(tenant, user)).keySet()) {
            if (!id.equals(keptSessionId)) {
                repository.deleteById(id);
                ended++;
            }
        }
        return ended;
    }
}
