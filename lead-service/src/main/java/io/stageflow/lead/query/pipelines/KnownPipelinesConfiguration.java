package io.stageflow.lead.query.pipelines;

import com.mongodb.client.MongoClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class KnownPipelinesConfiguration {

    @Bean
    KnownPipelineStore knownPipelineStore(MongoClient client, @Value("${stageflow.mongo.database}") String database) {
        return new KnownPipelineStore(client.getDatabase(database).getCollection(KnownPipelineStore.COLLECTION));
    }
}
