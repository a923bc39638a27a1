package io.stageflow.metrics.cube;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * The time zone whose midnight ends each tenant's days in the cells; UTC unless configured. A zone
 * is fixed for the life of the cells: changing one means rebuilding them (ADR 0005).
 */
public record TenantZones(Map<String, ZoneId> zones) {
    public TenantZones {
        zones = Map.copyOf(zones);
    }

    public ZoneId zoneOf(String tenant) {
        return zones.getOrDefault(tenant, ZoneOffset.UTC);
    }
}
