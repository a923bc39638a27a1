package io.stageflow.opportunity.account;

import static io.stageflow.kit.test.ServiceTestSupport.jsonPost;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.stageflow.events.ids.AccountId;
import io.stageflow.events.ids.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class EventStoreAccountDirectoryTest extends AccountServiceTest {
    private static final String OPEN_OPPORTUNITY = "{\"amount\":100,\"currency\":\"EUR\",\"ownerId\":\"rep-1\","
            + "\"teamId\":\"t-1\",\"source\":\"web\",\"industry\":\"media\",\"region\":\"NA\"}";

    @Autowired
    AccountDirectory directory;

    @Test
    void anAccountExistsForItsTenantTheMomentItIsCreated() throws Exception {
        String tenant = newTenant();
        AccountId account = create(tenant);

        assertThat(directory.exists(new TenantId(tenant), account)).isTrue();
    }

    @Test
    void anotherTenantsAccountDoesNotExistForTheCaller() throws Exception {
        AccountId account = create(newTenant());

        assertThat(directory.exists(new TenantId(newTenant()), account)).isFalse();
    }

    @Test
    void unknownIdsAndOtherAggregatesIdsAreNoAccounts() throws Exception {
        String tenant = newTenant();
        String opened = mvc.perform(jsonPost(tenant, "/api/opportunities", OPEN_OPPORTUNITY))
                .andReturn()
                .getResponse()
                .getContentAsString();
        AccountId opportunityId = new AccountId(JsonPath.read(opened, "$.opportunityId"));

        assertThat(directory.exists(new TenantId(tenant), opportunityId)).isFalse();
        assertThat(directory.exists(new TenantId(tenant), AccountId.random())).isFalse();
    }
}
