package io.claimwatch.intake;

/**
 * Who a draft attributes a claim to, as the article names them: a person's {@code name} (null when
 * an organisation speaks), their {@code title}, their {@code organisation} and its country code.
 * {@code organisationInferred} is true when the organisation was carried over from an earlier
 * speaker of the same country and role because this phrase named only a nationality.
 */
public record FoundSpeaker(String name, String title, String organisation, String country, String phrase,
                           boolean organisationInferred) {

    public boolean isPerson() {
        return name != null;
    }

    FoundSpeaker withOrganisation(String organisation, String country, boolean inferred) {
        return new FoundSpeaker(name, title, organisation, country, phrase, inferred);
    }

    FoundSpeaker withTitle(String title) {
        return new FoundSpeaker(name, title, organisation, country, phrase, organisationInferred);
    }
}
