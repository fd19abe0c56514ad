package com.jeweltrak.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Users never see a 500 (brief "What users must never see"): a request PostgreSQL rolled back for a deadlock or a lock
 * timeout is a 409 saying nothing was saved and to try again — as Problem Details for the API, the conflict page for pages.
 */
class LockRaceErrorsTests {

    // design §5b: 409 for a state conflict; a lost lock race is one, and retrying is safe
    @Test
    void anApiCallThatLostALockRaceIsAConflictToRetry() {
        var problem = new ApiErrors().busy(new PessimisticLockingFailureException("deadlock detected"));
        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getDetail()).contains("nothing was saved").contains("Try again");
    }

    // design §5: pages answer errors with a page of their own, never a stack trace
    @Test
    void aPageThatLostALockRaceShowsTheConflictPage() {
        var response = new MockHttpServletResponse();
        var model = new ExtendedModelMap();
        String view = new PageErrors().busy(model, response);
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(view).isEqualTo("error/409");
        assertThat((String) model.getAttribute("reason")).contains("Try again");
    }

}
