package vn.kcnatlas.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodedTest {

    /** Codes as the domain enums write them: lower case with underscores. */
    enum Stage implements Coded {
        PLANNED, UNDER_CONSTRUCTION, OPERATING;

        @Override
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Codes in upper case, as ZoneKind writes them. */
    enum Kind implements Coded {
        KCN, CCN;

        @Override
        public String code() {
            return name();
        }
    }

    @Test
    void findsByExactCode() {
        assertThat(Coded.find(Stage.class, "under_construction")).contains(Stage.UNDER_CONSTRUCTION);
    }

    @Test
    void findIgnoresCase() {
        assertThat(Coded.find(Stage.class, "Under_Construction")).contains(Stage.UNDER_CONSTRUCTION);
        assertThat(Coded.find(Stage.class, "OPERATING")).contains(Stage.OPERATING);
        assertThat(Coded.find(Kind.class, "kcn")).contains(Kind.KCN);
        assertThat(Coded.find(Kind.class, "Ccn")).contains(Kind.CCN);
    }

    @Test
    void findAcceptsHyphenForUnderscore() {
        assertThat(Coded.find(Stage.class, "under-construction")).contains(Stage.UNDER_CONSTRUCTION);
    }

    @Test
    void findAcceptsSpaceForUnderscore() {
        assertThat(Coded.find(Stage.class, "Under construction")).contains(Stage.UNDER_CONSTRUCTION);
    }

    @Test
    void findIgnoresSurroundingWhitespace() {
        assertThat(Coded.find(Stage.class, "  planned\t")).contains(Stage.PLANNED);
        assertThat(Coded.find(Stage.class, " under construction ")).contains(Stage.UNDER_CONSTRUCTION);
    }

    @Test
    void findOfUnknownTextIsEmpty() {
        assertThat(Coded.find(Stage.class, "operational")).isEmpty();
        assertThat(Coded.find(Stage.class, "under__construction")).isEmpty();
        assertThat(Coded.find(Stage.class, "underconstruction")).isEmpty();
    }

    @Test
    void findDoesNotMatchTheConstantNameWhenTheCodeDiffers() {
        enum Odd implements Coded {
            FIRST;

            @Override
            public String code() {
                return "one";
            }
        }
        assertThat(Coded.find(Odd.class, "one")).contains(Odd.FIRST);
        assertThat(Coded.find(Odd.class, "FIRST")).isEmpty();
    }

    @Test
    void findOfNullOrBlankIsEmpty() {
        assertThat(Coded.find(Stage.class, null)).isEmpty();
        assertThat(Coded.find(Stage.class, "")).isEmpty();
        assertThat(Coded.find(Stage.class, "   ")).isEmpty();
    }

    @Test
    void allowedListsCodesInDeclarationOrder() {
        assertThat(Coded.allowed(Stage.class)).isEqualTo("planned, under_construction, operating");
        assertThat(Coded.allowed(Kind.class)).isEqualTo("KCN, CCN");
    }
}
