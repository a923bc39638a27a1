package io.stageflow.kit.security;

/**
 * Which roles may call an endpoint at all (function-level authorization), as {@code @PreAuthorize}
 * expressions. What they may see of the records or metrics it serves is decided after this, by
 * {@link SalesRecordAccess} and the metrics' scopes. The table in docs/security.md lists them all.
 */
public final class Access {
    private Access() {}

    /** Leads, opportunities and accounts: the sales roles, each within their records. */
    public static final String SALES = "hasAnyRole('rep','manager','executive')";

    /** Pipelines, quotas, spend and reason lists changed; operations. */
    public static final String ADMIN = "hasRole('admin')";

    /** Reference data every screen needs: pipelines and reason lists read. */
    public static final String ANY_ROLE = "hasAnyRole('rep','manager','executive','analyst','admin')";

    /** Sales KPIs, each role within its scope (a rep their own, a manager their teams'). */
    public static final String METRICS = "hasAnyRole('rep','manager','executive','analyst')";

    /** Tenant-wide metrics that have no rep or team: CAC, CLV, retention. */
    public static final String TENANT_METRICS = "hasAnyRole('executive','analyst')";

    /** Tenant-wide inputs: marketing spend, read. */
    public static final String TENANT_FIGURES = "hasAnyRole('executive','analyst','admin')";

    /** Quotas: the targets of reps and teams. */
    public static final String QUOTAS = "hasAnyRole('manager','executive','analyst','admin')";
}
