package io.stageflow.opportunity.account.query.list;

import com.mongodb.client.MongoClient;
import io.stageflow.kit.readmodel.Listings;
import io.stageflow.kit.readmodel.ProcessorBatches;
import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The account list: its collection in the service's own database, kept by a processor of its own. */
@Configuration(proxyBeanMethods = false)
class AccountListConfiguration {
    // Accounts are few and change rarely: a replay mostly skips other aggregates' events.
    private static final int BATCH_SIZE = 200;

    private final Listings listings;

    AccountListConfiguration(MongoClient client, @Value("${stageflow.mongo.database}") String database) {
        this.listings = new Listings(client.getDatabase(database).getCollection(AccountListFields.COLLECTION));
    }

    @Bean
    AccountLists accountLists() {
        return new AccountLists(listings);
    }

    @Bean
    AccountListProjection accountListProjection() {
        return new AccountListProjection(listings);
    }

    @Bean
    ConfigurerModule accountListProcessor() {
        return ProcessorBatches.processor(AccountListProjection.PROCESSING_GROUP, BATCH_SIZE);
    }
}
