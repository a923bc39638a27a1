package io.stageflow.gateway.devtoken;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Who the dev token is for: tenant, user, roles and the teams the user belongs to or manages. Names are restricted so they are safe in ids, keys and logs. */
public record DevTokenRequest(
        @NotNull @Pattern(regexp = NAME, message = NAME_RULE) String tenant,
        @NotNull @Pattern(regexp = NAME, message = NAME_RULE) String user,
        @Size(max = 32) List<@NotNull @Pattern(regexp = NAME, message = NAME_RULE) String> roles,
        @Size(max = 64) List<@NotNull @Pattern(regexp = TEAM, message = TEAM_RULE) String> teams) {

    static final String NAME = "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$";
    /** Team ids are the records' own teamId values: any text a record may carry, in any script. */
    static final String TEAM = "^[^\\p{Cntrl}]{1,200}$";

    static final String TEAM_RULE = "must be 1-200 characters, none of them control characters";
    static final String NAME_RULE =
            "must be 1-64 characters of letters, digits, '_', '.' or '-'," + " starting with a letter or digit";

    public DevTokenRequest {
        roles = roles == null ? List.of() : roles;
        teams = teams == null ? List.of() : teams;
    }
}
