package io.stageflow.bench.ingest;

import io.stageflow.bench.http.Api;

/** A service's meters as Prometheus scrapes them from its management port. */
final class Prometheus {
    private Prometheus() {}

    /** The text exposition of {@code /actuator/prometheus}. */
    static String scrape(String managementUrl) {
        Api actuator = new Api(managementUrl, null);
        // The Prometheus text format, not the JSON the other requests ask for.
        var response = actuator.send(actuator.request("/actuator/prometheus")
                .setHeader("Accept", "text/plain")
                .build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(managementUrl + "/actuator/prometheus answered " + response.statusCode());
        }
        return response.body();
    }

    /** The sum of a meter's samples whose labels contain {@code labels} (a fragment such as {@code area="heap"}). */
    static double sum(String scraped, String meter, String labels) {
        return scraped.lines()
                .filter(line -> line.startsWith(meter + "{") && line.contains(labels))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
