package scorecards.pipeline;

import scorecards.model.Period;

/** The text of a new team's scorecard: valid as written, with every key explained. */
final class StarterFile {

    private StarterFile() {
    }

    static String text(String name, Period period, String catalogue) {
        return """
                # yaml-language-server: $schema=../schemas/team.schema.json
                # A team scorecard. Edit it through a pull request; CI checks every change.
                # Every section of an assessment is optional: leave out what you do not know,
                # and the site shows "no data" instead of a made-up zero.
                name: %s
                # tribe: Checkout            # optional grouping for the organisation's views
                # size: 8                    # head count
                # product-owner: A. Person
                # devops-buddy: B. Person    # the team member with infrastructure skills

                assessments:
                  - period: %s
                    # devops-buddy:
                    #   designated: true       # does the team have its own DevOps buddy?
                    #   trained: false
                    #   backup: false          # is there a second person who can stand in?
                    #   self-service-share: 0.2  # share of infrastructure changes shipped without a ticket
                    # platform-usage:
                    #   hours-saved: 20        # developer hours the platform saved this period
                    #   uses:                  # products of the catalogue: %s
                    #     - product: ci-templates
                    #       mandated: false    # true when the team was told to use it
                    #       rating: 4          # 1..5
                    # quality:
                    #   incidents: 0           # incidents caused by platform products
                    #   workarounds: 0         # workarounds kept for platform defects
                    #   open-bugs: 0           # platform bugs reported and still open
                    # satisfaction:
                    #   responses: 5           # survey answers behind the figures below
                    #   csat: 4.0              # 1..5
                    #   nps: 20                # -100..100
                    #   complexity-reduced: 3.5  # 1..5: "the platform reduces my complexity"
                    # needs:
                    #   - What the team needs next from the platform, in its own words
                    # notes: |
                    #   Free text in Markdown.

                # exemptions:                  # checks the team is excused from for a while, if any
                #   - dimension: devops-buddy
                #     metric: backup             # a metric that a check of the model uses
                #     level: self-service        # optional: only the check at this level
                #     reason: in-progress        # not-applicable, accepted-risk or in-progress
                #     justification: Why, in the team's own words
                #     approved-by: C. Person     # who agreed to it in review
                #     until: %s             # the last period it applies to; then the check counts again
                """.formatted(yamlText(name), period, catalogue, period);
    }

    /** The name as a YAML scalar that reads back exactly, quoted when it needs to be. */
    static String yamlText(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
