package io.stageflow.lead.query.list;

import com.mongodb.client.MongoClient;
import io.stageflow.kit.readmodel.Listings;
import io.stageflow.kit.readmodel.ProcessorBatches;
import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The lead list: its collection in the service's own database, kept by a processor of its own. */
@Configuration(proxyBeanMethods = false)
class LeadListConfiguration {
    // Large enough that a replay costs few round trips, small enough for one bulk write.
    private static final int BATCH_SIZE = 200;

    private final Listings listings;

    LeadListConfiguration(MongoClient client, @Value("${stageflow.mongo.database}") String database) {
        this.listings = new Listings(client.getDatabase(database).getCollection(LeadListFields.COLLECTION));
    }

    @Bean
    LeadLists leadLists() {
        return new LeadLists(listings);
    }

    @Bean
    LeadListProjection leadListProjection() {
        return new LeadListProjection(listings);
    }

    @Bean
    ConfigurerModule leadListProcessor() {
        return ProcessorBatches.processor(LeadListProjection.PROCESSING_GROUP, BATCH_SIZE);
    }
}
