package io.stageflow.opportunity.command;

import io.stageflow.kit.domain.InvalidCommand;
import io.stageflow.kit.domain.MissingInformation;
import java.util.List;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;

/** Matchers for what an aggregate's refusal tells the client: the field at fault, the fields missing. */
final class DomainErrors {
    private DomainErrors() {}

    static Matcher<Object> invalid(String field) {
        return Matchers.allOf(
                Matchers.instanceOf(InvalidCommand.class),
                new FeatureMatcher<Object, String>(Matchers.is(field), "field", "field") {
                    @Override
                    protected String featureValueOf(Object actual) {
                        return ((InvalidCommand) actual).field();
                    }
                });
    }

    static Matcher<Object> missing(String... fields) {
        return Matchers.allOf(
                Matchers.instanceOf(MissingInformation.class),
                new FeatureMatcher<Object, List<String>>(Matchers.is(List.of(fields)), "missing fields", "missing") {
                    @Override
                    protected List<String> featureValueOf(Object actual) {
                        return ((MissingInformation) actual).missingFields();
                    }
                });
    }
}
