package scorecards.synthetic;

import java.util.Locale;
import java.util.SplittableRandom;

/** The invented names and phrases of a synthetic organisation, and how people vary them as they type. */
final class Words {

    /** The platform's catalogue: id, name, owner, and when it became available as a share of the time line. */
    static final String[][] PRODUCTS = {
        {"ci-templates", "CI/CD templates", "Build & Release", "0.0"},
        {"kube-runtime", "Kubernetes runtime", "Runtime", "0.1"},
        {"observability", "Observability stack", "Observability", "0.2"},
        {"secrets-service", "Secrets service", "Security Engineering", "0.35"},
        {"db-provisioning", "Database provisioning", "Data Infrastructure", "0.5"},
        {"developer-portal", "Developer portal", "Developer Experience", "0.65"},
    };

    /** Needs as the platform team would word them; the most popular first. */
    static final String[] NEEDS = {
        "Self-service database provisioning",
        "Ephemeral preview environments",
        "Secrets rotation",
        "Faster CI pipelines",
        "Better alerting defaults",
        "Cost dashboards per team",
        "Golden-path service templates",
        "Canary deployments",
        "Managed message queues",
        "On-call runbooks in one place",
        "Feature flags as a service",
        "Log retention longer than 14 days",
        "GPU nodes for batch jobs",
        "Self-service DNS records",
        "Docs: one place for platform how-tos",
        "Automatic dependency updates",
        "Load testing environment",
        "Terraform modules for queues",
        "SLO tracking per service",
        "Blue-green deployments",
        "Single sign-on for internal tools",
        "Image vulnerability scanning",
        "Faster cluster upgrades",
        "Shared staging data sets",
    };

    static final String[] NOTES = {
        "Using the %s is **mandatory** for all services of the tribe.\n",
        "We moved our last service onto the %s this quarter.\n\n- fewer tickets\n- faster releases\n",
        "Our buddy was on leave for a month; see the [model](../model.html) for why a backup matters.\n",
        "Two incidents came from the %s; both have a post-mortem in the wiki.\n",
        "Survey answers are low because half the team joined this quarter.\n",
        "We would use the %s more if the documentation covered our stack.\n",
    };

    static final String[] FIRST_NAMES = {
        "Ana", "Ben", "Chiara", "Dmitri", "Elif", "Farah", "Goran", "Hana", "Ines", "Jonas", "Kofi", "Lena",
        "Mateo", "Nadia", "Olu", "Priya", "Quentin", "Rosa", "Sami", "Tomasz", "Uma", "Viktor", "Wen", "Yusuf",
        "Zofia", "Aiyana", "Bruno", "Carmen", "Darius", "Esme",
    };

    static final String[] LAST_NAMES = {
        "Ruiz", "Mensah", "Osei", "Brandt", "Lund", "Marin", "Okafor", "Novak", "Haddad", "Ibrahim", "Kowalski",
        "Larsen", "Moreau", "Nakamura", "Oliveira", "Petrov", "Quinn", "Rossi", "Schmidt", "Tanaka", "Umarov",
        "Varga", "Weber", "Xu", "Yilmaz", "Zhang", "Ferreira", "Costa", "Dubois", "Eriksen",
    };

    private static final String[] ADJECTIVES = {
        "Amber", "Azure", "Bold", "Brisk", "Cedar", "Cobalt", "Coral", "Crimson", "Dawn", "Ember",
        "Fern", "Flint", "Golden", "Granite", "Harbour", "Hazel", "Indigo", "Iron", "Jade", "Juniper",
        "Lunar", "Maple", "Meadow", "Misty", "Nimble", "Nova", "Oak", "Onyx", "Pine", "Quartz",
        "Rapid", "River", "Rowan", "Sable", "Silver", "Solar", "Spruce", "Stone", "Swift", "Willow",
    };

    private static final String[] NOUNS = {
        "Payments", "Search", "Checkout", "Basket", "Pricing", "Returns", "Routing", "Catalogue", "Loyalty",
        "Invoices", "Identity", "Ledger", "Reviews", "Inventory", "Fulfilment", "Shipping", "Onboarding",
        "Messaging", "Analytics", "Billing", "Discovery", "Marketplace", "Warehouse", "Forecasting", "Support",
        "Profiles", "Promotions", "Refunds", "Scheduling", "Notifications", "Recommendations", "Storefront",
        "Subscriptions", "Tracking", "Vouchers", "Wishlist", "Accounts", "Compliance", "Fraud", "Insights",
        "Ads", "Assortment", "Carriers", "Claims", "Contracts", "Gateway", "Mobile", "Partners", "Payroll",
        "Quotes",
    };

    private static final String[] TRIBES = {
        "Checkout", "Discovery", "Logistics", "Customer", "Data", "Finance", "Marketplace", "Mobile",
        "Growth", "Operations", "Partners", "Platform Consumers", "Content", "Trust", "Fulfilment", "Retail",
        "Pricing", "Supply", "Loyalty", "Insights", "Service", "Commerce", "Engagement", "Security",
    };

    private Words() {
    }

    static String teamName(int index) {
        int combinations = ADJECTIVES.length * NOUNS.length;
        String name = ADJECTIVES[index % ADJECTIVES.length] + " " + NOUNS[(index / ADJECTIVES.length) % NOUNS.length];
        return index >= combinations ? name + " " + (index / combinations + 1) : name;
    }

    static String tribe(int index) {
        return TRIBES[index % TRIBES.length] + (index >= TRIBES.length ? " " + (index / TRIBES.length + 1) : "");
    }

    static String person(SplittableRandom random) {
        return FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " " + LAST_NAMES[random.nextInt(LAST_NAMES.length)];
    }

    /** A need as a person might type it: mostly as worded, sometimes in another case or spacing. */
    static String variant(SplittableRandom random, String need) {
        double kind = random.nextDouble();
        String text;
        if (kind < 0.6) {
            text = need;
        } else if (kind < 0.75) {
            text = need.toLowerCase(Locale.ROOT);
        } else if (kind < 0.83) {
            text = titleCase(need);
        } else if (kind < 0.88) {
            text = need.toUpperCase(Locale.ROOT);
        } else if (kind < 0.95) {
            int space = need.indexOf(' ');
            text = space < 0 ? need : need.substring(0, space) + "  " + need.substring(space + 1);
        } else {
            text = " " + need + "  ";
        }
        return yamlText(text);
    }

    /** Plain when YAML reads it back as the same text, double-quoted otherwise. */
    static String yamlText(String text) {
        boolean plain = !text.isEmpty() && text.equals(text.strip()) && !text.contains(": ") && !text.contains(" #")
                && "-?:,[]{}#&*!|>'\"%@`".indexOf(text.charAt(0)) < 0 && !text.endsWith(":");
        if (plain) {
            return text;
        }
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static String titleCase(String text) {
        StringBuilder out = new StringBuilder();
        boolean start = true;
        for (char c : text.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ';
        }
        return out.toString();
    }
}
