package com.jeweltrak.contacts.scan;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BusinessCardParserTests {

    private static final String RETAIL_CARD = """
            HARTLEY & SONS JEWELERS
            Margaret Hartley
            Owner, GIA Graduate Gemologist
            412 Main Street, Suite 200
            Springfield, IL 62701
            T: (217) 555-0142   M: 217.555.0199
            F: 217-555-0143
            margaret@hartleyjewelers.com
            www.hartleyjewelers.com
            """;

    private static final String VENDOR_CARD = """
            Brilliant Gems Inc.
            DAVID R. KOWALSKI
            Diamond Buyer
            Tel 212 555 0134 | Cell +1 646-555-0177
            dkowalski@brilliantgems.com
            580 Fifth Avenue
            New York, NY 10036
            USA
            """;

    private static final String NOISY_CARD = """
            » Sofia Marquez ~
            Bench Jeweler
            Mobile (3O5) 555-Ol88
            sofia.marquez @ gmail.com
            """;

    @Test
    void personNameIsSplitIntoFirstAndLastName() {
        // 07-contacts §Scan a business card R2
        ScannedCard card = BusinessCardParser.parse(RETAIL_CARD);

        assertThat(card.firstName()).isEqualTo("Margaret");
        assertThat(card.lastName()).isEqualTo("Hartley");
    }

    @Test
    void companyIsTheLineWithAJewelryTradeWordAndComesOutOfCapitals() {
        // 07-contacts §Scan a business card R2
        assertThat(BusinessCardParser.parse(RETAIL_CARD).company()).isEqualTo("Hartley & Sons Jewelers");
    }

    @Test
    void companyIsTheLineWithALegalSuffix() {
        // 07-contacts §Scan a business card R2
        assertThat(BusinessCardParser.parse(VENDOR_CARD).company()).isEqualTo("Brilliant Gems Inc.");
    }

    @Test
    void titleComesFromItsKeywordAndDropsTheCredentialAfterTheComma() {
        // 07-contacts §Scan a business card R2
        assertThat(BusinessCardParser.parse(RETAIL_CARD).jobTitle()).isEqualTo("Owner, GIA Graduate Gemologist");
    }

    @Test
    void allCapitalNameWithMiddleInitialBecomesTitleCaseWithoutTheInitial() {
        // 07-contacts §Scan a business card R2
        ScannedCard card = BusinessCardParser.parse(VENDOR_CARD);

        assertThat(card.firstName()).isEqualTo("David");
        assertThat(card.lastName()).isEqualTo("Kowalski");
        assertThat(card.jobTitle()).isEqualTo("Diamond Buyer");
    }

    @Test
    void labelledPhonesGoToMobileAndWorkAndTheFaxIsIgnored() {
        // 07-contacts §Scan a business card R2
        ScannedCard card = BusinessCardParser.parse(RETAIL_CARD);

        assertThat(card.workPhone()).isEqualTo("(217) 555-0142");
        assertThat(card.mobilePhone()).isEqualTo("(217) 555-0199");
    }

    @Test
    void phonesOnOneLineSeparatedByABarKeepTheirOwnLabels() {
        // 07-contacts §Scan a business card R2
        ScannedCard card = BusinessCardParser.parse(VENDOR_CARD);

        assertThat(card.workPhone()).isEqualTo("(212) 555-0134");
        assertThat(card.mobilePhone()).isEqualTo("(646) 555-0177");
    }

    @Test
    void lettersReadInsteadOfDigitsInAPhoneNumberAreCorrected() {
        // 07-contacts §Scan a business card R2 (OCR reads 0 as O and 1 as l)
        assertThat(BusinessCardParser.parse(NOISY_CARD).mobilePhone()).isEqualTo("(305) 555-0188");
    }

    @Test
    void anUnlabelledNumberIsTheWorkPhone() {
        // 07-contacts §Scan a business card R2
        ScannedCard card = BusinessCardParser.parse("""
                Oak Street Pearls
                Anna Lee
                555-867-5309
                """);

        assertThat(card.workPhone()).isEqualTo("(555) 867-5309");
        assertThat(card.mobilePhone()).isNull();
    }

    @Test
    void emailAndWebsiteAreFoundByPatternAndLowerCased() {
        // 07-contacts §Scan a business card R2
        ScannedCard card = BusinessCardParser.parse(RETAIL_CARD);

        assertThat(card.email()).isEqualTo("margaret@hartleyjewelers.com");
        assertThat(card.website()).isEqualTo("www.hartleyjewelers.com");
    }

    @Test
    void spacesOcrPutsAroundTheAtSignAreClosed() {
        // 07-contacts §Scan a business card R2
        assertThat(BusinessCardParser.parse(NOISY_CARD).email()).isEqualTo("sofia.marquez@gmail.com");
    }

    @Test
    void aSecondEmailIsTheAlternateEmail() {
        // 07-contacts §Scan a business card R2
        ScannedCard card = BusinessCardParser.parse("""
                Ruth Abrams
                Sales Manager
                Abrams Diamonds
                E: ruth@abramsdiamonds.com
                orders@abramsdiamonds.com
                """);

        assertThat(card.email()).isEqualTo("ruth@abramsdiamonds.com");
        assertThat(card.altEmail()).isEqualTo("orders@abramsdiamonds.com");
    }

    @Test
    void streetWithSuiteAndCityLineFillTheAddress() {
        // 07-contacts §Scan a business card R2
        ScannedCard card = BusinessCardParser.parse(RETAIL_CARD);

        assertThat(card.addressLine1()).isEqualTo("412 Main Street");
        assertThat(card.addressLine2()).isEqualTo("Suite 200");
        assertThat(card.city()).isEqualTo("Springfield");
        assertThat(card.region()).isEqualTo("IL");
        assertThat(card.postalCode()).isEqualTo("62701");
    }

    @Test
    void countryIsSetOnlyWhenTheCardPrintsOne() {
        // 07-contacts §Scan a business card R3 (nothing guessed)
        assertThat(BusinessCardParser.parse(VENDOR_CARD).country()).isEqualTo("US");
        assertThat(BusinessCardParser.parse(RETAIL_CARD).country()).isNull();
    }

    @Test
    void wholeAddressOnOneLineIsSplitIntoItsParts() {
        // 07-contacts §Scan a business card R2
        ScannedCard card = BusinessCardParser.parse("""
                Golden Touch Repairs LLC
                88 Elm Rd, Austin, Texas 78701
                """);

        assertThat(card.addressLine1()).isEqualTo("88 Elm Rd");
        assertThat(card.city()).isEqualTo("Austin");
        assertThat(card.region()).isEqualTo("TX");
        assertThat(card.postalCode()).isEqualTo("78701");
    }

    @Test
    void canadianPostalCodeAndProvinceAreRead() {
        // 07-contacts §Scan a business card R2
        ScannedCard card = BusinessCardParser.parse("""
                Maple Leaf Gold Co.
                25 King St W
                Toronto, ON M5H1A1
                """);

        assertThat(card.city()).isEqualTo("Toronto");
        assertThat(card.region()).isEqualTo("ON");
        assertThat(card.postalCode()).isEqualTo("M5H 1A1");
    }

    @Test
    void strayOcrSymbolsAroundAnameAreDropped() {
        // 07-contacts §Scan a business card R2
        ScannedCard card = BusinessCardParser.parse(NOISY_CARD);

        assertThat(card.firstName()).isEqualTo("Sofia");
        assertThat(card.lastName()).isEqualTo("Marquez");
        assertThat(card.jobTitle()).isEqualTo("Bench Jeweler");
    }

    @Test
    void aFreeMailboxDomainIsNotTakenForTheCompany() {
        // 07-contacts §Scan a business card R3 (unreadable fields stay blank)
        assertThat(BusinessCardParser.parse(NOISY_CARD).company()).isNull();
    }

    @Test
    void withoutANameLineTheNameComesFromTheEmailAndTheCompanyFromItsDomain() {
        // 07-contacts §Scan a business card R2 (last resort)
        ScannedCard card = BusinessCardParser.parse("""
                Appraisals & Estate Buying
                john.whitaker@whitakerjewelers.com
                """);

        assertThat(card.firstName()).isEqualTo("John");
        assertThat(card.lastName()).isEqualTo("Whitaker");
        assertThat(card.company()).isEqualTo("Whitaker Jewelers");
    }

    @Test
    void aGenericMailboxGivesNoName() {
        // 07-contacts §Scan a business card R3
        ScannedCard card = BusinessCardParser.parse("info@whitakerjewelers.com");

        assertThat(card.firstName()).isNull();
        assertThat(card.lastName()).isNull();
    }

    @Test
    void nameWithAParticleKeepsItInTheLastName() {
        // 07-contacts §Scan a business card R2
        ScannedCard card = BusinessCardParser.parse("""
                Maria de la Cruz
                Designer
                """);

        assertThat(card.firstName()).isEqualTo("Maria");
        assertThat(card.lastName()).isEqualTo("de la Cruz");
    }

    @Test
    void nameAndTitleOnOneLineAreSeparated() {
        // 07-contacts §Scan a business card R2
        ScannedCard card = BusinessCardParser.parse("""
                Peter Lang, President
                Lang Watches
                """);

        assertThat(card.firstName()).isEqualTo("Peter");
        assertThat(card.lastName()).isEqualTo("Lang");
        assertThat(card.jobTitle()).isEqualTo("President");
        assertThat(card.company()).isEqualTo("Lang Watches");
    }

    @Test
    void textWithNothingRecognisableGivesAnEmptyCardWithTheRawText() {
        // 07-contacts §Scan a business card R3 (unreadable fields stay blank)
        ScannedCard card = BusinessCardParser.parse("~ ' . ,,\n|||\n");

        assertThat(card.isEmpty()).isTrue();
        assertThat(card.rawText()).isEqualTo("~ ' . ,,\n|||\n");
    }

    @Test
    void aNumberThatIsNotAPhoneIsNotTakenForOne() {
        // 07-contacts §Scan a business card R3
        ScannedCard card = BusinessCardParser.parse("""
                Since 1985
                Est. 19850412 Lot 2024
                """);

        assertThat(card.workPhone()).isNull();
        assertThat(card.mobilePhone()).isNull();
    }

    @Test
    void anEmailDomainALetterOffTheWebsiteIsCorrectedToTheWebsite() {
        // 07-contacts §Scan a business card R2 (OCR slipped a letter into one of two printings of the domain)
        ScannedCard card = BusinessCardParser.parse("""
                dkowalski@brilliantygems.com
                www.brilliantgems.com
                """);

        assertThat(card.email()).isEqualTo("dkowalski@brilliantgems.com");
    }

    @Test
    void anEmailAtAnotherDomainThanTheWebsiteIsKept() {
        // 07-contacts §Scan a business card R2
        ScannedCard card = BusinessCardParser.parse("""
                dkowalski@gmail.com
                www.brilliantgems.com
                """);

        assertThat(card.email()).isEqualTo("dkowalski@gmail.com");
    }

    @Test
    void bulletsOcrMisreadAsSymbolsStillSeparateTheFields() {
        // 07-contacts §Scan a business card R2 (as Tesseract read a noisy photo of a centred card)
        ScannedCard card = BusinessCardParser.parse("""
                Aurora Fine Jewelry

                SOFIA MARQUEZ, GG

                Store Manager

                P.O, Box 1142 + Coral Gables, Florida 33134
                C: 305-555-0188 «* P: 305-555-0100 « F: 305-555-0101

                E: sofia@aurorafinejewelry.com
                """);

        assertThat(card.addressLine1()).isEqualTo("P.O. Box 1142");
        assertThat(card.city()).isEqualTo("Coral Gables");
        assertThat(card.region()).isEqualTo("FL");
        assertThat(card.mobilePhone()).isEqualTo("(305) 555-0188");
        assertThat(card.workPhone()).isEqualTo("(305) 555-0100");
    }

    @Test
    void anAmpersandBetweenWordsIsNotASeparator() {
        // 07-contacts §Scan a business card R2
        assertThat(BusinessCardParser.parse("Hartley & Sons Jewelers").company()).isEqualTo("Hartley & Sons Jewelers");
    }

    @Test
    void anHonorificBeforeTheNameAndACredentialAfterItAreLeftOut() {
        // 07-contacts §Scan a business card R2
        ScannedCard card = BusinessCardParser.parse("""
                Dr. Alan Grant GG
                Appraiser
                """);

        assertThat(card.firstName()).isEqualTo("Alan");
        assertThat(card.lastName()).isEqualTo("Grant");
    }

    @Test
    void theLineThatIsTheCompanysDomainNameBeatsATaglineWithATradeWord() {
        // 07-contacts §Scan a business card R2
        ScannedCard card = BusinessCardParser.parse("""
                AURORA
                Fine Jewelry & Repairs
                Sofia Marquez
                sofia@aurorajewelry.com
                """);

        assertThat(card.company()).isEqualTo("Aurora");
    }
}
