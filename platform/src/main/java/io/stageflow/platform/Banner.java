package io.stageflow.platform;

final class Banner {
    private Banner() {}

    static String text(String gateway) {
        return """

                Get a token (local profile only):
                  TOKEN=$(curl -s -X POST %1$s/dev/token -H 'Content-Type: application/json' \\
                    -d '{"tenant":"demo","user":"alice","roles":["executive","admin"]}' | sed 's/.*"access_token":"\\([^"]*\\)".*/\\1/')
                Create a lead:
                  curl -s -X POST %1$s/api/leads -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \\
                    -d '{"source":"webinar","industry":"software","region":"EMEA","ownerId":"alice","teamId":"team-1"}'
                Read the funnel:
                  curl -s %1$s/api/metrics/funnel -H "Authorization: Bearer $TOKEN"

                Logs in .stageflow/logs/. Press Ctrl-C to stop."""
                .formatted(gateway);
    }
}
