package io.stageflow.opportunity.account.command;

/**
 * A prospect becomes a customer on its first won deal and stays one until it churns; a churned
 * account that wins a deal again is a customer again (a win-back).
 */
public enum AccountStatus {
    PROSPECT,
    CUSTOMER,
    CHURNED
}
