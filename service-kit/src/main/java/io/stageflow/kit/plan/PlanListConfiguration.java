package io.stageflow.kit.plan;

import com.mongodb.client.MongoClient;
import io.stageflow.kit.readmodel.Listings;
import io.stageflow.kit.readmodel.ProcessorBatches;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A service's plan figures: their histories, read from the event store, and their list, a read
 * model in the service's own database kept by a processor of its own. Not an auto-configuration:
 * the service that owns a kind of figure imports it and names the collection with a
 * {@link PlanListSettings} bean.
 */
@Configuration(proxyBeanMethods = false)
public class PlanListConfiguration {
    // Large enough that a replay costs few round trips, small enough for one bulk write.
    private static final int BATCH_SIZE = 200;

    private final Listings listings;

    PlanListConfiguration(
            MongoClient client, @Value("${stageflow.mongo.database}") String database, PlanListSettings settings) {
        this.listings = new Listings(client.getDatabase(database).getCollection(settings.collection()));
    }

    @Bean
    PlanLists planLists() {
        return new PlanLists(listings);
    }

    @Bean
    PlanListProjection planListProjection() {
        return new PlanListProjection(listings);
    }

    @Bean
    PlanHistories planHistories(EventStore eventStore) {
        return new PlanHistories(eventStore);
    }

    @Bean
    ConfigurerModule planListProcessor() {
        return ProcessorBatches.processor(PlanListProjection.PROCESSING_GROUP, BATCH_SIZE);
    }
}
