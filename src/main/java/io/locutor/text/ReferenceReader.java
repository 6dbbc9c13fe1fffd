package io.locutor.text;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reference and order numbers are codes, not quantities: "#12345", "nº 12345", "n.º 12345", "No. 12345" become
 * "número …"/"number …", and after words like "pedido", "factura", "order" the digits are read as a code too.
 * How the digits are read is the configured {@link ReferenceReading}.
 */
final class ReferenceReader implements TokenReader {
    private static final String CODE = "(\\d{1,30}(?:[-/]\\d{1,30}){0,4})(?![\\d\\p{L}]|[.,]\\d)";
    /**
     * Round thirty-eight B: an English reference word's digits are never cut before a slash and capitals ("ref.
     * 27/00931/FUL", a planning reference): the whole is a lettered code, read by its own reader (TokenScanner's
     * digit-led slashed code), never "twenty seven slash…" with "/F U L" left over. Round forty: before a hyphen and
     * capitals too, in both languages ("lote 5521-D", "lot 3871-C": "cinco cinco dos uno D", never "…uno, D").
     */
    private static final String KEYWORD_CODE = "(\\d{1,30}(?:[-/]\\d{1,30}){0,4})(?![\\d\\p{L}]|[.,]\\d|(?:[-/]\\d{1,30})*[-/]\\p{Lu})";
    /** A number sign before a code: "#", "n.º", "nº", "núm.", "nro.", "No.". */
    private static final String NUMBER_SIGN = "(?:#|[nN]\\.?[ \\u00A0]?[º°]\\.?|[nN]úm\\.|[nN]ro\\.|No\\.)";
    /**
     * After a number sign a code may start with capitals: "#A-4521", "nº AB12345"; since round fifteen also set apart
     * by a space ("acta n.º Q 0458127", "núm. K 55120"): the capitals are the code's series, never a word.
     */
    private static final Pattern MARKED = Pattern.compile(NUMBER_SIGN
            + "[ \\u00A0]?(?:(\\p{Lu}{1,3})(?:-|[ \\u00A0](?=\\d))?)?" + CODE);
    /** No currency or percent after the digits before it: a code's digits, not an amount ("1500 euros", "20 %"). */
    private static final String NO_AMOUNT_AFTER = "(?![ \\u00A0]*(?:" + Currencies.ANY + "|%)(?!\\p{L}))";
    /**
     * A key's value after its noun and "es", "será" or a colon: digits with no plural noun after them (a count, "la clave
     * de la oferta: 1200 clientes") and no currency or percent (an amount).
     */
    private static final String KEY_VALUE_AHEAD = "(?=[ \\u00A0]*:?[ \\u00A0]*\\d+(?!\\d|[ \\u00A0]+\\p{Ll}+s(?!\\p{L}))" + NO_AMOUNT_AFTER + ")";
    /** The nouns of a key keyed in, first word capitalised or not: "código", "clave", "contraseña", "NIP", "PIN". */
    private static final String KEY_NOUN = "(?:[Cc]ódigo|[Cc]lave|[Cc]ontraseña|NIP|PIN)";
    /** A key's state, before or after its noun: "nuevo PIN", "clave provisoria". */
    private static final String KEY_STATE = "(?:nuev[oa]|temporal|provisional|provisori[oa]|actual|personal|secret[oa])";
    /**
     * Round seventy-five L: "the PIN we texted you, 4718, then…", "the code we emailed you, 81437,": the code the caller
     * was sent, set off by commas as round seventy B's "your PIN, 7146," is, keyed in digit by digit (four to six digits:
     * see {@link #sentCodeLength}).
     */
    private static final String WE_SENT_YOU = " we (?:texted|sent|emailed|e-mailed|messaged) you,";
    /**
     * Round eighty B: what an English PIN opens, a preposition and up to three lower-case words between "PIN" and its "is"
     * ("your PIN for the bike shed is 5038", "the PIN to the side door is 4417"), names the key as "PIN is" does (as
     * Spanish "su NIP para la alberca es" does since round fifty-three); a count or an amount after "is" keeps its number
     * ({@link #KEY_VALUE_AHEAD}), and no "is" among the words, so the key's own "is" ends them.
     */
    private static final String EN_KEY_USE = " (?:for|to|on|at|of|with)(?: (?!is )\\p{Ll}+){1,3}";
    /** Digits that identify rather than count: "ending in 4821", "ZIP code 90210", "código postal 28001", "C.P. 28001". */
    private static final Pattern DIGIT_CODE = Pattern.compile("((?:ending|ends) in|(?<=(?i:card|account|number|no\\.|visa|mastercard|amex|debit|credit|phone|reference) )ending"
            // An identifier's initialism before "ending" ("your UTR ending 4471", "IBAN ending 0417"): its last digits, as
            // after "card ending", but never a year ("the FY ending 2026").
            + "|(?<=(?<![\\p{L}\\d])\\p{Lu}{2,5} )ending(?= (?!(?:19|20)\\d\\d(?!\\d)))"
            // "card ending 7719", "the last four digits 0082", "last 4: 2231" (round five G): a card's or account's last digits.
            + "|(?i:last) (?:four|4|three|3|two|2|five|5|six|6)(?: digits)?(?: of (?:your |the )?(?:card|account|number))?(?: (?:are|is))?|"
            // Round eight: a Spanish postal code after "es" too ("el CP es 5000"), dictated as printed, as English "code is" is.
            // Round forty-five: "at your ZIP code on file, 85016": the code a record holds, a comma before it, as "Gate code on
            // file: 4471" is.
            + "ZIP(?: codes?)?(?: on (?:file|record),?)?|zip codes?(?: on (?:file|record),?)?|postal codes?|(?:código postal|códigos postales|C\\.?P\\.?)(?: es)?|PIN(?: is|,|" + WE_SENT_YOU + "|" + EN_KEY_USE + " is" + KEY_VALUE_AHEAD + ")?|terminada en|terminado en|terminación(?: en)?|"
            // Round thirty-five: "your new PIN is 4827" is keyed in digit by digit, as "PIN 4827" and "your code is 4821" are;
            // round seventy B: so is a PIN set off by commas, "enter your PIN, 4826, then…" (was "four thousand…").
            // Round nine: "la tarjeta termina en 4490", "acaba en 90" (once TokenScanner.lastDigits): two digits or more.
            + "que termina en|termina en|acaba en|finaliza en|acabada en|acabado en|"
            // Round twenty-five: a code's head, "el número que empieza por 7745", "su folio comienza con 5590".
            + "(?:que )?(?:empieza|comienza) (?:por|con)|"
            // A code sent by SMS or keyed in: "código de verificación es 4821", "clave 0093", "your code is 4821".
            // Round five J: a code keyed in at a door, gate or alarm ("Código de acceso: 7281", "clave de la puerta 0412",
            // "Gate code on file: 4471", "lockbox 3390"), its first word capitalised or not, dictated digit by digit.
            + "(?:[Cc]ódigo|[Cc]lave|[Cc]ontraseña|NIP)(?: (?:de|del) (?:la |el )?(?:verificación|seguridad|confirmación|acceso|activación|SMS|"
            + "cliente|retiro|puerta|portal|portón|entrada|alarma|caja fuerte|recogida|sesión|sesion|"
            // Round seven B: a code the courier or the shop asks for ("el código de entrega es 4471", "código de canje").
            + "entrega|compra|pago|canje|descuento|promoción|cupón|desbloqueo|autorización|operación|transacción|barras))?(?: es| será)?"
            // Round twenty-one: any other thing the code opens or belongs to, in lower-case words joined by "de"/"del"/"para"
            // ("el código de la caja de llaves es 4719", "el PIN de su tarjeta regalo es 8306", "la contraseña del wifi para
            // clientes es 73914"), when "es", "será" or a colon gives the code its value; "el código tiene 4 cifras" counts, and
            // so does a number before a plural noun ("la clave de la oferta: 1200 clientes").
            + "|" + KEY_NOUN + "(?: (?:de|del|para)(?: (?:la|el|los|las|su|tu|sus|tus))? \\p{Ll}+(?: \\p{Ll}+)?){1,3}"
            + "(?: es| será|(?=[ \\u00A0]*:))" + KEY_VALUE_AHEAD
            // Round forty-nine: a PIN or a key given as a value, "su nuevo PIN es 5927", "tu PIN temporal es 8254", "tu nueva
            // clave provisoria es 6390": keyed in digit by digit, as English "your new PIN is 4827" is; a state word between
            // the noun and "es" still names the code. "El precio es 5927 pesos" has no code's noun and keeps its amount.
            // Round fifty-three: what the key opens may stand between, a preposition and up to nine plain words ("tu nueva
            // clave para la alberca y los vestidores es 6042", "su NIP para recoger recetas en la ventanilla es 7205"), when
            // the noun is a PIN's or its state names it a key (before it too: "tu nueva clave"); no "es" among the words, so
            // the key's own "es" ends them, and no count or amount after the digits ("el saldo para el mes es 3800" has no
            // key's noun at all).
            + "|(?:PIN|NIP|(?<=" + KEY_STATE + " )" + KEY_NOUN + "|" + KEY_NOUN + " " + KEY_STATE + ")"
            + "(?: (?:de|del|para|al|a|en|con|por)(?: (?!es |será )\\p{Ll}+){1,9})?"
            + "(?: es| será|(?=[ \\u00A0]*:))" + KEY_VALUE_AHEAD
            + "|(?:(?:[Vv]erification|[Ss]ecurity|[Cc]onfirmation|[Aa]ccess|[Oo]ne-time|[Aa]ctivation|[Gg]ate|[Dd]oor|[Aa]larm|[Ll]ockbox|[Kk]eypad|[Kk]ey ?safe) )?"
            + "(?:code|passcode|[Pp]asscode|[Ll]ockbox)(?: on file)?(?: is|" + WE_SENT_YOU + ")?)[ \\u00A0]*:?[ \\u00A0]*(\\d{2,12})(?![\\d\\p{L}]|[.,]\\d)");
    /** {@link #KEY_NOUN} as a word cut out of the text. */
    private static final Pattern KEY_NOUN_WORD = Pattern.compile(KEY_NOUN);
    /**
     * Round fifty-three: how far (in characters) a Spanish key's noun may stand before its digits, a preposition and
     * up to nine words and "es" between ("tu nuevo NIP para recoger recetas en la ventanilla de autoservicio es 7205");
     * other words are tried only within TokenScanner's usual reach of a digit.
     */
    static final int KEY_NOUN_REACH = 100;

    /**
     * Whether a Spanish word reaches its digits {@link #KEY_NOUN_REACH} away: a key's noun ("clave", "NIP", "PIN"…) for
     * DIGIT_CODE, and (round fifty-four) "número" for {@link #ES_NUMBER_OF_NOUN_IS}, its noun's complements between
     * ("tu número de reclamo de garantía del televisor es …").
     */
    static boolean spanishFarCue(ReadContext ctx, String word) {
        return ctx.es() && (KEY_NOUN_WORD.matcher(word).matches() || word.equalsIgnoreCase("número"));
    }

    /** Round seventy-five L: a one-time code or a PIN sent by text or e-mail has four to six digits. */
    private static boolean sentCodeLength(String digits) {
        return digits.length() >= 4 && digits.length() <= 6;
    }

    /** English DIGIT_CODE cues of a code keyed in: "code", "passcode", "PIN", "lockbox". */
    private static final Pattern KEYED_CUE = Pattern.compile("(?i)(?:pass)?code|PIN|lockbox");

    /** Whether an English word names a code keyed in ("code", "passcode", "PIN", "lockbox"), as {@link #KEYED_CUE} does. */
    static boolean keyedCodeWord(String word) {
        return KEYED_CUE.matcher(word).matches();
    }

    /**
     * DIGIT_CODE's cues of a card's or account's last digits, or (round twenty-five) a code's first ones ("empieza por"),
     * which may be two ("acaba en 90"); the others need three.
     */
    private static final Pattern ENDING_CUE = Pattern.compile("(?:que )?(?:(?:termina|terminada|terminado|acaba|acabada|acabado|finaliza|terminación)(?: en)?"
            + "|(?:empieza|comienza) (?:por|con))");
    /** English bare ending cues, no card or account in their own words: "ends in", "ending in". */
    private static final Pattern EN_BARE_ENDING = Pattern.compile("(?i:ending|ends) in");
    /** English things with digits named before a bare ending cue: "the card … ending in 2027" is its last digits. */
    private static final Pattern EN_DIGITS_NOUN = Pattern.compile("(?i)(?<!\\p{L})(?:card|account|acct|phone|mobile|number|no|visa|mastercard|amex"
            + "|debit|credit|reference|ref|policy|code|pin|id|iban|sort)(?!\\p{L})");

    /**
     * Round twenty-six B: "the offer ends in 2027", "a tariff ending in 2028": a year after a bare English ending cue with
     * no card, account, phone or number named before it in its sentence is when, read as a year, as round twenty-five's
     * Spanish "termina en 2027"; "card ending in 2027" keeps its last digits.
     */
    private static boolean englishYearAfterEnding(ReadContext ctx, Matcher m) {
        return m.group(2).length() == 4 && YEAR.matcher(m.group(2)).matches()
                && !EN_DIGITS_NOUN.matcher(ctx.text.substring(ctx.sentenceStart(m.start(), 100), m.start())).find();
    }

    /** A year: "el contrato termina en 2027" names when, no card's last digits. */
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    /** A thing with digits named before a bare ending cue: "la tarjeta termina en 2031" is its last digits, a year or not. */
    private static final Pattern DIGITS_NOUN = Pattern.compile("(?iu)(?<!\\p{L})(?:tarjeta|cuenta|número|folio|código|referencia|póliza|clave|CBU|CLABE|IBAN)(?!\\p{L})");
    /** A duration's word after a number: "termina en 15 minutos" is a time, not a card's last digits. */
    private static final Set<String> DURATION_WORDS = Set.of("segundos", "minutos", "min", "horas", "hrs", "h", "días", "semanas", "meses",
            "años", "seconds", "minutes", "hours", "days", "weeks", "months", "years");
    /** Two hyphenated groups or more after a code's first group: "-2271-8836". */
    private static final Pattern HYPHEN_CHAIN = Pattern.compile("(?:-\\d{2,12}){2,}(?![\\d\\p{L}]|[.,/-]\\d)");
    /** "58-ZK-31": one to three digits, two or three capitals, one to three digits, joined by hyphens. */
    private static final Pattern DIGITS_LETTERS_DIGITS = Pattern.compile("(\\d{1,3})-([A-Z]{2,3})-(\\d{1,3})(?![\\d\\p{L}]|[.,/-]\\d|-)");
    /** The end of a range of codes after one: "–43215", " to 43215", " al 28005". */
    private static final Pattern CODE_RANGE_END = Pattern.compile("[ \\u00A0]?([-–&]|to|through|thru|and|or|al|a|y|o)[ \\u00A0]?(\\d{3,12})(?![\\d\\p{L}]|[.,]\\d)");
    /**
     * Round twenty-three: a serial of two digit groups joined by a hyphen, the second of four digits or more ("7708-441925",
     * "1123-449871"), perhaps after a colon; a span of years ("2024-2025") and a range ("10-15") are none.
     */
    private static final String HYPHENED_SERIAL = "[ \\u00A0]*:?[ \\u00A0]*(?!(?:19|20)\\d\\d[-–](?:19|20)?\\d\\d(?!\\d))\\d{2,12}-\\d{4,12}"
            + "(?![\\d\\p{L}]|[.,/-]\\d)";
    /** A code noun's kind: "de ahorro", "de auto", "corriente", "personal" (one word of three letters or more). */
    private static final String ACCOUNT_KIND = "[ \\u00A0]+(?:de[ \\u00A0]+)?\\p{L}{3,}";
    /** Round twenty-six: "su número de préstamo es 3390-118274", "su cuenta es 6615-203948": the serial after "es". */
    private static final String SERIAL_IS = "(?:[ \\u00A0]+es)?";
    /**
     * Round thirty: a serial printed in groups of three or four digits, one of them of four, so no quantity printed in
     * thousands ("3382 1907", "730 2218"; not "150 000"), perhaps after a colon. Round fifty-three: or a first group of
     * five or six digits and one of four ("52830 6614"), as round thirty-four's payment codes are printed.
     */
    private static final String PRINTED_SERIAL = "[ \\u00A0]*:?[ \\u00A0]*(?=[\\d \\u00A0]*?\\d{4})(?:\\d{3,4}(?:[ \\u00A0]\\d{3,4})+|\\d{5,6}[ \\u00A0]\\d{4})"
            + "(?![\\d\\p{L}]|[.,]\\d)";
    /**
     * Round fifty-seven: a reference's lone number of five digits or more, no day, year or count in its shape ("63019"):
     * no more groups, no plural noun (a count, "15000 entradas"), no currency or percent (an amount) after it.
     */
    private static final String LONE_LONG_SERIAL = "\\d{5,}(?![\\d\\p{L}]|[.,]\\d|[ \\u00A0]+\\d|[ \\u00A0]+\\p{Ll}+s(?!\\p{L}))" + NO_AMOUNT_AFTER;
    /** {@link #LONE_LONG_SERIAL} at a reference's digits. */
    private static final Pattern LONE_LONG_CODE = Pattern.compile(LONE_LONG_SERIAL);
    /**
     * Round fifty-three: the article after "es" before a reference's printed groups ("su boleto es el 6614 0928", "la guía
     * es la 4471 9032"): the groups are still the noun's code. Only there: "su pedido es el 15 de mayo" is a date.
     * Round fifty-seven: or before its lone number of five digits or more ("su número de reserva es el 63019"), which no
     * day of the month is, read by the house length rule as the number after "es" is, never "sesenta y tres mil…".
     */
    private static final String ARTICLE_BEFORE_SERIAL = "[ \\u00A0]+(?:el|la)(?=" + PRINTED_SERIAL + "|[ \\u00A0]+" + LONE_LONG_SERIAL + ")";
    /**
     * Round sixty-one B: "es el"/"es la" and a lone long number or printed groups ({@link #ARTICLE_BEFORE_SERIAL}) between a
     * noun that names a code only in some shapes and its digits ("su orden de trabajo es la 52906", "tu cuenta es la
     * 73518"): the article is the noun's own, as after "número de reserva", so the digits are still its code.
     */
    private static final String IS_ARTICLE = "(?:[ \\u00A0]+es" + ARTICLE_BEFORE_SERIAL + ")?";
    /** {@link #HYPHENED_SERIAL} after a kind, not an amount's range ("la tarjeta cuesta 1500-2000 euros"). */
    private static final String KIND_SERIAL = HYPHENED_SERIAL + NO_AMOUNT_AFTER;
    /** "orden de trabajo", "código de proveedor": a holder's kind of three letters or more after "de". */
    private static final String HOLDERS_KIND = "[ \\u00A0]+de[ \\u00A0]+\\p{L}{3,}";
    /** Round sixty-nine A: {@link #HOLDERS_KIND} in lower case only ("de obra", not "de Juan"), even in a pattern that ignores case. */
    private static final String LOWER_CASE_KIND = "[ \\u00A0]+de[ \\u00A0]+(?-i:\\p{Ll}{3,})";
    /**
     * Round seventy-six N: a year of this decade after "de registro" (a fee's or a period's: "la cuota de registro 2028, de
     * $120", "el pago de registro 2029 de 950 €") and before a comma or the fee's "de" and amount is the season it is for,
     * said as a year as after "inscripción" or "temporada", never dictated as a record's number; "número de registro 2028"
     * keeps its code.
     */
    private static final String FEE_REGISTRATION_YEAR = "(?<=(?<!(?:número|" + NUMBER_SIGN + ")[ \\u00A0])de[ \\u00A0]registro)"
            + "[ \\u00A0]+202\\d(?=,|[ \\u00A0]+de[ \\u00A0]+(?:\\$|\\d))";
    /** Four digits or more in one piece, then no amount's currency or percent: "60418", not "1500 pesos". */
    private static final String DIGITS_NOT_AN_AMOUNT = "\\d{4,}(?!\\d)" + NO_AMOUNT_AFTER;
    /** Maybe a colon, between spaces, before a code's digits. */
    private static final String COLON_SPACES = "[ \\u00A0]*:?[ \\u00A0]*";
    /**
     * A comma right after "número de" and a noun ("número de legajo, 63917"): the number the noun names follows. Round
     * fifty-two: "número" shortened to its sign too ("su n.º de cliente, 60725", "núm. de socio, 38146"), as it is said.
     * Round fifty-three: not before an amount ("el recargo de su número de abonado, 1320 €, …": a currency or a percent
     * after the digits makes them the amount the comma sets apart, read by the money reader), as {@link #KIND_SERIAL}.
     */
    private static final String NUMBER_OF_NOUN_COMMA = "(?<=(?:número|" + NUMBER_SIGN + ")[ \\u00A0]de[ \\u00A0]\\p{L}{3,14}),[ \\u00A0]*"
            + "(?=\\d+(?!\\d)" + NO_AMOUNT_AFTER + ")";
    /**
     * The Spanish nouns that name a reference whatever follows them, in one table (round thirty-nine: a new one, as
     * "legajo" was in round thirty-seven, had to be added to four): digits after one are a code read by the house length
     * rule ({@link #ES_KEYWORD}), capitals and digits mixed are spelt ({@link #ES_KEYWORD_ALNUM}), digit groups after
     * "número de" and the noun are dictated ({@link #ES_NUMBER_ID}), and the reader tries its reference rules at each
     * ({@link #KEYWORD_FIRST_WORDS}). Nouns that name a code only in some shapes ("orden" before four digits, "guía"
     * before printed groups, "cuenta", "servicio", "reclamo", "formulario") keep their conditions in those patterns.
     */
    private static final List<String> ES_REFERENCE_NOUNS = List.of("pedido", "referencia", "ref.", "expediente", "factura", "contrato",
            "ticket", "incidencia", "localizador", "reserva", "póliza", "albarán", "envío", "seguimiento", "cliente", "abonado", "socio",
            "caso", "solicitud", "rastreo", "folio", "siniestro", "reporte", "trámite",
            // Round thirty-seven: an Argentine employer's staff file ("su número de legajo 63917", "el legajo 4471") is a
            // reference as "expediente" and "folio" are, by the house length rule, never "sesenta y tres mil…".
            "legajo",
            // Round forty-nine: a parking or travel ticket's number ("no reconoció tu boleto 6152 0394", "su tarjeta de
            // embarque 4402 1187") is a reference as "ticket" is, its printed groups dictated with a pause between.
            "boleto", "tarjeta de embarque");
    /**
     * Round sixty-six A: the Spanish nouns a call script gives a voucher, a coupon, a permit, a licence, an authorisation, a
     * claim, a delivery note or a receipt by ("presente el voucher 73519", "su permiso 58026", "canjee su cupón 47381",
     * "su reclamación 30418", "el remito 52207"), less usual than {@link #ES_REFERENCE_NOUNS} or naming a number of their own
     * in other shapes ("un cupón de 500 pesos", "un permiso de 15 días", "el acta de la reunión"): a code by the house length
     * rule only before a lone number of five digits or more with no amount, plural noun or digit group after it
     * ({@link #LONE_LONG_SERIAL}), perhaps after "es" or a colon ("tu cupón es 58026"), never "setenta y tres mil…". Four
     * digits or fewer keep their reading.
     */
    private static final List<String> ES_LONG_SERIAL_NOUNS = List.of("voucher", "cupón", "permiso", "licencia", "autorización",
            "reclamación", "remito", "credencial", "comprobante", "boleta", "constancia", "certificado", "acta", "denuncia",
            // Round eighty-one A: a record or intake card ("su ficha de cliente 70418", "la ficha 58213"), a reference as
            // "folio" is; here, not among the reference nouns, since a "ficha" names a number of its own as often ("una ficha
            // de 5 pesos", "la ficha 3 del formulario").
            "ficha",
            // Round eighty-two A: a receipt ("el recibo número 83026", "su recibo 61470"), the shop's reference; here, not
            // among the reference nouns, since "recibo" names an instalment or a bill's amount as often ("el recibo 3 de 12",
            // "el recibo de 1500 pesos"), and four digits ("recibo 2026") keep their reading.
            "recibo");
    /** "número" or its sign between a reference's noun and its digits ("pedido número 58213", "recibo n.º 47193"), perhaps none. */
    private static final String NUMBER_WORD_AFTER_NOUN = "(?:[ \\u00A0]+(?:número|nº|n\\.º|no\\.|#))?";
    /** {@link #ES_REFERENCE_NOUNS} as a pattern's alternatives, an abbreviation's dot escaped ("ref\\."). */
    private static final String ES_REFERENCE_NOUN_ALTERNATIVES = String.join("|", ES_REFERENCE_NOUNS).replace(".", "\\.");
    private static final Pattern ES_KEYWORD = Pattern.compile("((?:" + ES_REFERENCE_NOUN_ALTERNATIVES
            // "tu PS5 (orden 51187)" (round seven C): a repair or purchase order of four digits or more; "la orden 5" counts.
            + "|orden(?=[ \\u00A0]+\\d{4})"
            // Round sixty-three B: after "número de" the nouns that name a code only in some shapes (an order's, a claim's, a
            // record's) name it before the comma of NUMBER_OF_NOUN_COMMA too ("tenga a mano su número de orden, 84261"),
            // as "número de legajo, 63917" does: five digits or more, no amount after them, never "ochenta y cuatro mil…".
            + "|(?<=(?:número|" + NUMBER_SIGN + ")[ \\u00A0]de[ \\u00A0])(?:orden|servicio|reclamo|registro|cuenta|lote|formulario|guía)"
            + "(?=,[ \\u00A0]*\\d{5,}(?!\\d)" + NO_AMOUNT_AFTER + ")"
            // Round forty-eight: an order with its kind ("con orden de trabajo 72914", "la orden de compra 4862", "orden de
            // reparación 73915") is the same code, read by the house length rule, as a document's noun with its kind is
            // (ACCOUNT_KIND, as in "póliza de auto"); four digits or more in one piece, no amount after them ("una orden
            // de pago 1500 dólares" is the payment's amount), no digits straight after "de" ("una orden de 2000 piezas").
            // Round fifty-one: a code with its holder's kind ("su código de proveedor 60418", "código de expositor 5182")
            // likewise, the holder's code by the house length rule, never "sesenta mil…".
            // Round fifty-seven: a folio with its kind ("tu folio de garantía 72631", "folio de reparación 36508", as Mexican
            // firms print a quote's, a repair's or a warranty's folio) likewise; "folio 4471" alone was already a code.
            + "|(?:orden|código)" + HOLDERS_KIND + "(?=" + IS_ARTICLE + COLON_SPACES + DIGITS_NOT_AN_AMOUNT + ")"
            // Round sixty-five A: a folio with its kind may give its number after a bare "es" too ("tu folio de instalación
            // es 57314"), as "folio es 4471" alone already does: a folio is always a code, never "cincuenta y siete mil…". An
            // order's or a code's kind keeps needing "es el"/"es la" ("la orden de compra es 1500" may be its amount).
            + "|folio" + HOLDERS_KIND + "(?=(?:[ \\u00A0]+es)?" + IS_ARTICLE + COLON_SPACES + DIGITS_NOT_AN_AMOUNT + ")"
            // Round fifty-nine: a report with its kind ("su reporte de avería 48135", "reporte de garantía 53184", as
            // Mexican and Colombian service desks number a fault's report) likewise, but only before a lone number of five
            // digits or more with no plural noun after it, since a report is as often of a year's or a count's ("el reporte
            // de ventas 2026", "reporte de ventas 15000 unidades"); "reporte 4471" alone was already one.
            + "|reporte" + HOLDERS_KIND + "(?=" + COLON_SPACES + LONE_LONG_SERIAL + ")"
            // Round sixty-nine A: with one lower-case kind between ("su permiso de obra 73105", "la constancia de alumno
            // regular" has two words and stays out) the noun still names the code, as "reporte de avería" does; a name in
            // capitals ("el certificado de Juan 20000") is a holder, not a kind, and keeps the number.
            // Round seventy-six N: a reference's own noun with one lower-case kind ("tu caso de garantía 40917", "su ticket de
            // asistencia 63105", "la incidencia de red 51728") names its code before such a lone long number too.
            // Round eighty-two A: "número" or its sign may come between ("presente su recibo número 83026", "el cupón n.º
            // 47193"), as after a reference's noun (NUMBER_WORD_AFTER_NOUN).
            + "|(?:" + String.join("|", ES_LONG_SERIAL_NOUNS) + ")(?:" + LOWER_CASE_KIND + ")?(?=" + NUMBER_WORD_AFTER_NOUN + "(?:[ \\u00A0]+es)?" + COLON_SPACES
            + LONE_LONG_SERIAL + ")|(?:" + ES_REFERENCE_NOUN_ALTERNATIVES + ")" + LOWER_CASE_KIND + "(?=(?:[ \\u00A0]+es)?"
            + COLON_SPACES + LONE_LONG_SERIAL + ")"
            // Round forty: a record's number ("su tarjeta de votante, registro 118 402 377", its printed groups dictated
            // group by group, never "ciento dieciocho millones…") and (the house's decision) a product's lot ("retiramos el
            // jarabe del lote 4471") are references, dictated by the house length rule; a land plot's short "lote 15" stays
            // a number. Only before digits: their lettered codes ("lote 5521-D", "lote 31C207", a vehicle's "registro
            // TX-2210-KW") are a product's or a registration's, said in one run by TokenScanner's code words and the
            // registration rule (KEYWORD_CODE leaves "5521-D" to them), not with ES_KEYWORD_ALNUM's pauses ("45A-981").
            + "|(?:lote|registro(?!" + FEE_REGISTRATION_YEAR + "))(?=[ \\u00A0]*:?[ \\u00A0]*\\d)"
            // Round thirty-four: a service's number of five digits or more ("tu número de servicio 48217", "servicio:
            // 52904"), a reference by the house length rule; "servicio 24 horas" counts.
            + "|servicio(?=[ \\u00A0]*:?[ \\u00A0]*\\d{5})"
            // Round thirty-five: a claim's number of five digits or more ("por tu reclamo 48213") likewise; "reclamo 2" counts.
            + "|reclamo(?=[ \\u00A0]*:?[ \\u00A0]*\\d{5})"
            // Round twenty-nine: a form's number of three digits or more ("pida el formulario 4868") names the form, a code
            // dictated by the house length rule, never "cuatro mil ochocientos…"; "el formulario 2 de 3" counts.
            + "|formulario(?=[ \\u00A0]+\\d{3})"
            // Round twenty-two: a file's shortened noun before its serial ("exp. 58317" was "cincuenta y ocho mil…"), as
            // "expediente 58317" is read; "exp." only before four digits or more, as Abbreviations' FILE_EXP ("exp. 3 años").
            + "|exp\\.(?=[ \\u00A0]?\\d{4})|expte\\."
            // Round twenty: a parcel's "guía" or "tracking" (Mexico) before digits printed in groups ("guía 5530 0718"): one
            // code, dictated group by group; "la guía 2 de 3", "guía 5" (a guide's part) keep their count.
            // Round thirty: with its kind and "es" between too ("tu guía es 7730 2218", "la guía de envío es 5510 2298").
            // Round fifty-three: a first group of five or six digits too, and "es la" before them (PRINTED_SERIAL).
            + "|(?:guía|tracking)(?=(?:" + ACCOUNT_KIND + ")?" + SERIAL_IS + "(?:[ \\u00A0]*:?[ \\u00A0]*\\d{3,4}[ \\u00A0]\\d{3,4}(?!\\d)|"
            + ARTICLE_BEFORE_SERIAL + "|" + PRINTED_SERIAL + "))"
            // Round seventeen: "su cuenta 55-20913", "cuenta n.º 4471-20385", "tu cuenta 47215": an account's number, by the
            // house length rule, only in a code's shape (digit groups joined by a hyphen, or five digits or more), since
            // "la cuenta de 3 personas" and "cuenta 2 errores" count, "la cuenta 2024-2025" is a span of years; "en cuenta"
            // and "a cuenta" are checked in read.
            + "|cuenta(?=(?:[ \\u00A0]+(?:número|nº|n\\.º|no\\.|#))?" + IS_ARTICLE + "[ \\u00A0]*:?[ \\u00A0]*(?!(?:19|20)\\d\\d[-–](?:19|20)?\\d\\d(?!\\d))"
            + "(?:\\d{1,12}-\\d|\\d{5}))"
            // Round twenty-six: "cuenta de ahorro 4471-229810", "cuenta corriente 0072-551903": with its kind, only before a
            // hyphened serial (the kind is read by the group after this one).
            + "|cuenta(?=(?:" + ACCOUNT_KIND + ")?" + SERIAL_IS + KIND_SERIAL + ")"
            // Round twenty-six: "(ID 40872)", "tu ID de alumno es 4471": an identifier's digits (capitals only: "id" is a
            // verb), perhaps after the noun it identifies.
            + "|(?-i:ID)(?:[ \\u00A0]+de[ \\u00A0]+\\p{L}{3,}(?=(?:[ \\u00A0]+es)?[ \\u00A0]*:?[ \\u00A0]*\\d{4}))?"
            + "(?=(?:[ \\u00A0]+es)?[ \\u00A0]*:?[ \\u00A0]*\\d{4})"
            // Round twenty-three: documents a fine, a bill or a claim is filed under ("acta 1123-449871", "la boleta
            // 6610-2278"), only before a hyphened serial, since "el acta de la reunión" and "la multa 2" are no codes.
            // Round twenty-six: a loan's or a card's number likewise ("préstamo personal 6021-338415", "tarjeta de regalo
            // 7740-220193"); "préstamo de 10-15 días" and "tarjeta 2024-2025" are no serials.
            + "|(?:acta|boleta|multa|recibo|comprobante|certificado|constancia|denuncia|reclamo|préstamo|tarjeta)(?=(?:" + ACCOUNT_KIND + ")?"
            + SERIAL_IS + KIND_SERIAL + ")"
            // Round twenty-three: a document's kind after its noun, before a hyphened serial ("póliza de auto 7708-441925",
            // "contrato de luz 5520-118734"): the noun still names the code. Round twenty-six: an adjective too ("cuenta
            // corriente", "socio titular").
            // Round thirty: a kind before printed groups with a group of four ("tu folio de atención es 3382 1907", "su
            // pedido de recambios es 5170 2846"): still the noun's code, dictated group by group (the groups after the first
            // by SPACED_GROUPS), never "tres mil… mil…"; groups shaped as thousands ("el pedido de hoy es 150 000") count.
            + ")(?:" + ACCOUNT_KIND + "(?=" + SERIAL_IS + "(?:" + KIND_SERIAL + "|" + PRINTED_SERIAL + "))"
            // Round forty-three: a kind of two words ("póliza de seguro médico 5521-380746", "contrato de servicio
            // eléctrico 6630-215874"), only before a hyphened serial, which no span of years or range is.
            + "|" + ACCOUNT_KIND + "[ \\u00A0]+\\p{L}{3,}(?=" + SERIAL_IS + KIND_SERIAL + "))?)"
            // Round thirty-seven: after "número de" and the noun a comma may set the number apart ("tenga a mano su número de
            // legajo, 63917"): the noun has named it, so it is still the noun's code; "el legajo, 4 copias" has no "número de".
            // Round seventy-six N: "es" glued to the digits is no verb but a code's capitals ("localizador ES6203158", Spain's
            // prefix), spelt by the lettered-code rules, never read as a marker ("número").
            + "(" + NUMBER_OF_NOUN_COMMA + "|" + NUMBER_WORD_AFTER_NOUN + "(?:[ \\u00A0]+es(?!\\d)(?:" + ARTICLE_BEFORE_SERIAL + ")?)?"
            + "[ \\u00A0]*:?[ \\u00A0]*)" + KEYWORD_CODE,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern EN_KEYWORD = Pattern.compile("(order|reference|ref\\.|ticket|invoice|account|case|confirmation|booking|"
            + "policy|tracking|customer|claim|contract|reservation"
            // Round twenty-nine: a hotel's folio, the guest's bill ("folio 88142"), is a code as an invoice is.
            + "|folio"
            // Round forty: a recall's lot ("recalling lot 5127") is a code as the Spanish "lote" is ("lot 12" stays twelve).
            + "|lot"
            // Round forty-seven: a product's batch ("recalling batch 5083", "batch 2271, may contain") likewise; "a batch of
            // 2271" and "2271 batches" are counts, no "batch" before the digits.
            + "|batch"
            // Round eighty B: a service desk's "service request" ("about service request 58203:") names its code as "ticket"
            // does; a bare "request" is a verb too ("request 40000 units"), no code after it.
            + "|(?<=service )request)"
            + "((?:[ \\u00A0]+(?:number|no\\.|#))?(?:[ \\u00A0]+is)?[ \\u00A0]*:?[ \\u00A0]*)" + KEYWORD_CODE, Pattern.CASE_INSENSITIVE);

    /**
     * Round sixty-seven A: a plural "lots" before a range of two lots of four digits or more ("lots 5207 to 5242", "lots
     * 6120-6135", "lots 4810 and 4811"); shorter numbers are said as numbers, as "lot 12" is.
     */
    private static final Pattern EN_LOT_RANGE = Pattern.compile("(lots[ \\u00A0]+)(\\d{4,6})([ \\u00A0]*[-–][ \\u00A0]*"
            + "|[ \\u00A0]+(?:to|through|thru|and|or)[ \\u00A0]+)(\\d{4,6})(?![\\d\\p{L}]|[.,]\\d|[-/]\\d)", Pattern.CASE_INSENSITIVE);

    /**
     * A standard: "ISO 9001:2015", "UNE 139803:2004", "ISO/IEC 27001", "UNE-EN 10020:2001". Its number is a name said as
     * a number ("ISO nueve mil uno", as everyone says it), a part after a hyphen likewise, and the edition year after the
     * colon as a year.
     */
    /** A RAL colour: "RAL 9010", "RAL-7016", "RAL7035"; four digits, nothing glued after them. */
    private static final Pattern RAL_COLOUR = Pattern.compile("(RAL)[ \\u00A0-]?(\\d{4})(?![\\d\\p{L}]|[.,:-]\\d)");

    private static final Pattern STANDARD = Pattern.compile("((?:ISO|UNE|EN|IEC|DIN|NOM|IRAM|ASTM|ANSI)(?:[/-](?:ISO|UNE|EN|IEC|DIN|NOM|ASTM|ANSI))*)"
            + "[ \\u00A0-]?(\\d{1,6})(?:-(\\d{1,3}))?(?::(\\d{4}))?(?![\\d\\p{L}]|[.,:-]\\d)");

    /**
     * Round sixty A: a standard's number said as a number, its leading zeros each said first ("NOM-035" "NOM cero treinta y
     * cinco", "NOM-003" "NOM cero cero tres", as Mexican compliance staff say it): a zero printed in a code's name never
     * vanishes, or "NOM-035" and "NOM-35" would sound alike.
     */
    private static String standardNumber(ReadContext ctx, String digits) {
        String significant = NumberSpeller.stripLeadingZeros(digits);
        int zeros = digits.length() - significant.length();
        String rest = ctx.speller.cardinal(significant, Gender.NEUTRAL);
        return zeros == 0 ? rest : ctx.speller.digits(digits.substring(0, zeros)) + " " + rest;
    }

    /**
     * An IBAN ("ES91 2100 0418 4502 0005 1332", "GB82WEST12345698765432"): country letters, two check digits and the
     * account, accepted only when its ISO 7064 mod-97 check holds. It is dictated as written: the letters spelt, then
     * every character one by one, a pause between the printed groups of four.
     */
    private static final Pattern IBAN = Pattern.compile("(\\p{Lu}{2}\\d{2}(?:[ \\u00A0]?[\\dA-Z]{4}){2,7}(?:[ \\u00A0]?[\\dA-Z]{1,3})?)(?![\\dA-Za-z])");

    /**
     * A flight or train after its word ("vuelo IB 3456", "vuelo Y4 1120", "tren AVE 3142", "tren Alvia 4087", "vuelo 452"):
     * a two-character carrier code spelt, a service's name said, the number digit by digit, as the reference convention
     * says; English alike since round five ("flight BA 287" → "B A two eight seven"). "el vuelo de 120 pasajeros" has no code.
     */
    private static final Pattern EN_SERVICE = Pattern.compile("((?i:flight|train))[ \\u00A0]+(?:((?=[A-Z\\d]?[A-Z])[A-Z\\d]{2})[ \\u00A0-]?"
            + "|(\\p{Lu}[\\p{L}]{2,12})[ \\u00A0]+)?(\\d{2,5})(?![\\d\\p{L}]|[.,:]\\d)");
    /** English "Form 4868": a form's word and four digits, not a zero-led run, nothing glued after (a "-ES" is FORM_CODE's). */
    private static final Pattern EN_FORM_NUMBER = Pattern.compile("([Ff]orm)[ \\u00A0]+([1-9]\\d{3})(?![\\d\\p{L}]|[.,/-][\\dA-Za-z])");
    /** Words before a lower-case "form" that make it the noun: "the form 8821", "your tax form 1040". */
    private static final Set<String> FORM_DETERMINERS = Set.of("the", "a", "your", "this", "that", "our", "their", "his", "her", "tax", "irs", "federal", "state");
    /**
     * Round twenty-nine: an airline's baggage file (WorldTracer: "MIAAA 73012", "LGWBA 40127"), the station's and the
     * airline's capitals glued, a space and the serial. Four to six capitals, four to six digits, no amount after them
     * and no standard's year ("OHSAS 18001:1999", a Proteno row, keeps its standard's number).
     */
    private static final String AIRLINE_FILE = "(\\p{Lu}{4,6})[ \\u00A0](\\d{4,6})(?![\\d\\p{L}]|[.,:/-]\\d|[ \\u00A0]*(?i:"
            + Currencies.ANY + "|%)(?!\\p{L})"
            // a plural noun after the digits makes them a count ("claim FREE 10000 points", "40000 trámites")
            + "|[ \\u00A0]+(?!does(?!\\p{L}))\\p{Ll}{3,}s(?!\\p{L}))";
    private static final Pattern FILE_CODE = Pattern.compile(AIRLINE_FILE);
    /** {@link #AIRLINE_FILE} after a number sign: "Reporte n.º CUNVB 10442", "claim #ORDUA 55120", "report no. EDIBA 62097". */
    private static final Pattern MARKED_FILE_CODE = Pattern.compile("(?:" + NUMBER_SIGN + "|no\\.)[ \\u00A0]?" + AIRLINE_FILE);
    /** A file's noun ending the text before its code, across "número"/"number", a number sign, "es"/"is" and a colon. */
    private static final Pattern FILE_NOUN_BEFORE = Pattern.compile("(?<!\\p{L})(\\p{L}+)\\.?(?:[ \\u00A0]+(?:(?i:número|number|no\\.)|"
            + NUMBER_SIGN + "))?(?:[ \\u00A0]+(?:es|is))?[ \\u00A0]*:?[ \\u00A0]*$");
    /** Nouns a baggage file follows besides the reference words: "file", "report", "reclamo", "reclamación". */
    private static final Set<String> FILE_NOUNS = Set.of("file", "report", "reclamo", "reclamación", "reclamacion");

    /**
     * {@link #AIRLINE_FILE} at a number sign or at its capitals, after a reference's or a file's noun ("reclamo MIAAA
     * 73012", "Reporte n.º CUNVB 10442", "your reference number is LGWBA 40127"): the capitals spelt, the serial dictated
     * digit by digit, as a lettered code is, never "setenta y tres mil doce"; the number sign is "número"/"number". Bare,
     * with no noun, only the exact shape of five capitals and five digits whose capitals make no word ("PDXAS 80214":
     * "TOTAL 12000", "PAGAR 15000" are shouted words before an amount). -1 when none.
     */
    private static int airlineFile(ReadContext ctx, int pos, boolean codeShaped) {
        Matcher m = ctx.at(codeShaped ? FILE_CODE : MARKED_FILE_CODE, pos);
        if (!m.lookingAt() || pos > 0 && Character.isLetterOrDigit(ctx.text.charAt(pos - 1))
                || Units.find(ctx.nextWord(m.end()).toLowerCase(Locale.ROOT)) != null) {
            return -1;
        }
        Matcher noun = FILE_NOUN_BEFORE.matcher(ctx.text.substring(Math.max(0, pos - 60), pos));
        String word = noun.find() ? noun.group(1).toLowerCase(Locale.ROOT) : "";
        boolean named = KEYWORD_FIRST_WORDS.contains(word) || SERIAL_NOUNS.contains(word) || FILE_NOUNS.contains(word);
        String letters = m.group(1);
        boolean bare = codeShaped && letters.length() == 5 && m.group(2).length() == 5
                && !(ctx.es() ? ElectronicReader.pronounceable(letters.toLowerCase(Locale.ROOT)) : Initialisms.wordShaped(letters));
        if (!named && !bare) {
            return -1;
        }
        if (!codeShaped) {
            ctx.append(ctx.es() ? "número " : "number ");
        }
        ctx.append(Initialisms.spelt(letters)).append(' ').append(ctx.speller.digits(m.group(2)));
        return m.end();
    }

    /** A three-letter ICAO airline code after "flight"/"vuelo": "EZY", "RYR", "VLG". */
    private static final Pattern ICAO_AIRLINE = Pattern.compile("[A-Z]{3}");
    private static final Pattern ES_SERVICE = Pattern.compile("((?iu:vuelo|tren))[ \\u00A0]+(?:((?=[A-Z\\d]?[A-Z])[A-Z\\d]{2})[ \\u00A0-]?"
            + "|(\\p{Lu}[\\p{L}]{2,12})[ \\u00A0]+)?(\\d{2,5})(?![\\d\\p{L}]|[.,:]\\d)");

    /**
     * A code with a capital after a digit, after a reference word or number sign ("pedido 45A-981", "nº 7781B", "folio
     * B2C-44", a parcel's "seguimiento 1Z999AA10123456784"): every character said on its own, a hyphen as a pause (Spanish). A code of capitals then digits ("nº ZX4471",
     * "INC-36271") is read by the rules below.
     */
    private static final String ALNUM = "((?=[\\dA-Z-]*\\d[\\dA-Z-]*[A-Z])[\\dA-Z]{1,30}(?:-[\\dA-Z]{1,12}){0,4})(?![\\d\\p{L}]|[.,]\\d)";
    private static final Pattern ES_KEYWORD_ALNUM = Pattern.compile("((?iu:" + ES_REFERENCE_NOUN_ALTERNATIVES + "|guía|orden))"
            + "((?:[ \\u00A0]+(?:número|nº|n\\.º|no\\.|#))?(?:[ \\u00A0]+es)?[ \\u00A0]*:?[ \\u00A0]*)" + ALNUM);
    private static final Pattern MARKED_ALNUM = Pattern.compile("(?:#|[nN]\\.?[ \\u00A0]?[º°]\\.?|[nN]úm\\.|[nN]ro\\.)[ \\u00A0]?" + ALNUM);

    /**
     * Capitals, a hyphen, four or more digits: "A-23451" (three digits or fewer stay a name: "F-117", "N-332"); since
     * round eight also a shorter first group when more groups follow it, joined by hyphens or slashes ("ZF-26-0412",
     * "LAB-26/3381", "F-2026/0913"): a folio numbered by year.
     */
    private static final Pattern LETTERED_CODE = Pattern.compile("(\\p{Lu}{1,3})-(\\d{4,12}(?:[-/]\\d{1,12}){0,3})(?![\\d\\p{L}]|[.,/-]\\d)");
    /**
     * Spanish {@link #LETTERED_CODE}, with the short first group ("ZF-26-0412"); English has {@link #HYPHENED_CODE}. Round
     * twenty-six: a capitalised word of up to ten letters too ("el concepto CUOTA-2291", "código VERANO-4410" kept
     * "CUOTA-dos mil doscientos noventa y uno"): a payment's concept or a promotion's code, the word said.
     */
    private static final Pattern ES_LETTERED_CODE = Pattern.compile("(\\p{Lu}{1,10})-((?:\\d{4,12}|\\d{1,3}(?=[-/]\\d))(?:[-/]\\d{1,12}){0,3})"
            // Round thirty-three: a country's or an office's capitals may close it ("OP-77301-AR"), spelt after the digits.
            + "(?:-(\\p{Lu}{2,3}))?(?![\\d\\p{L}]|[.,/-]\\d)");

    /**
     * Capitals, a slash and digits (round eight): "invoice HF/20931", "quote TEC/5521", an office's initials over its
     * serial. The letters spelt, the slash said ("barra", "slash"), the digits one by one as in every lettered code.
     */
    private static final Pattern SLASHED_LETTERS = Pattern.compile("(\\p{Lu}{1,4})/(\\d{3,12})(?![\\d\\p{L}]|[.,/-]\\d)");

    /** Capitals, a hyphen and a run mixing digits and capitals: "DEV-88A2", "RMA-4B7" (Spanish: every character said). */
    private static final Pattern ES_LETTERED_ALNUM = Pattern.compile("(\\p{Lu}{1,4}-(?=[\\dA-Z]*\\d)(?=[\\dA-Z]*[A-Z])[\\dA-Z]{2,12}(?:-[\\dA-Z]{1,12}){0,3})"
            + "(?![\\d\\p{L}]|[.,-]\\d)");

    /**
     * Round twelve: capitals glued to digits on both sides of a hyphen, two capitals or more first ("MX7-QK42",
     * "HB2-WN58-Q4"; "B6-B12" are two vitamins): one keyed code, every character said, as the same code glued ("MX7QK42")
     * is ("M X siete, Q K cuatro dos"), never "cuarenta y dos". Digits right after the hyphen make a model's name
     * ("CF6-80E1", an engine, a Proteno row), left to the rules below.
     */
    private static final Pattern ES_MIXED_GROUPS = Pattern.compile("([A-Z]{2,4}\\d[A-Z\\d]{0,6}-[A-Z]{1,4}\\d[A-Z\\d]{0,6}"
            + "(?:-[A-Z\\d]{1,8}){0,3})(?![\\d\\p{L}]|[.,-][\\dA-Z])");

    /**
     * Capitals glued to a short number, a hyphen and a serial (round eight): "código QX7-2281", "BK4-6610". A keyed code,
     * dictated in one run ("Q X siete dos dos ocho uno"), never "siete-dos mil…". Round fifteen B: in English a head of
     * four digits too ("case CV2026-014552", a court's docket: "C V two zero two six zero one four five five two"), the
     * hyphen neither said nor a pause.
     */
    private static final Pattern GLUED_HEAD_CODE = Pattern.compile("(\\p{Lu}{1,4}\\d{1,3}-\\d{3,8})(?![\\d\\p{L}]|[.,/-]\\d)");
    /**
     * Round seventeen, Spanish: a head of four digits too ("AB2024-00123", "SN2026-40517", a file numbered by year), its
     * hyphen a pause as round sixteen's "CV2026-014552" had it ("A B dos cero dos cuatro, cero cero uno dos tres"; was a
     * dash left between two words, or "cuarenta mil…" for a serial of five digits); a standard's body and its number
     * ("ISO9001-2015") are left to the standard's reading.
     */
    private static final Pattern ES_YEAR_HEAD_CODE = Pattern.compile("(?!(?:ISO|UNE|EN|IEC|DIN|NOM|IRAM|ASTM|ANSI)\\d)(\\p{Lu}{1,4}\\d{4}-\\d{3,8})(?![\\d\\p{L}]|[.,/-]\\d)");
    /**
     * English: capitals glued to digits, a hyphen and a serial ("AB12-4471"); since round eighteen B a last group of
     * capitals too ("K49-LMT", "J52-WMC", a plate's or a locker's code), dictated as written, never "K forty nine-LMT".
     */
    private static final Pattern EN_GLUED_HEAD_CODE = Pattern.compile("(\\p{Lu}{1,4}\\d{1,4}-(?:\\d{3,8}|\\p{Lu}{2,4}))(?![\\d\\p{L}]|[.,/-]\\d)");

    /**
     * A Mercosur plate (two capitals, three digits, two capitals: "AF 482 KD") after a vehicle's word a few words back
     * ("la patente de tu auto AF 482 KD"), Spanish; dictated as written.
     */
    private static final Pattern MERCOSUR_PLATE = Pattern.compile("[A-Z]{2} \\d{3} [A-Z]{2}(?![\\p{L}\\d])");
    private static final Set<String> PLATE_CONTEXT_WORDS = Set.of("patente", "dominio", "matrícula", "placa", "placas", "auto", "coche",
            "carro", "camioneta", "camión", "moto", "vehículo", "utilitario");

    /**
     * An Argentine CUIT or CUIL (round eight): a type of two digits (20, 23, 24, 27 for people, 30, 33, 34 for firms), eight
     * digits and a check digit, "20-12345678-9". It identifies: dictated digit by digit, never "veinte-…".
     */
    private static final Pattern CUIT = Pattern.compile("(?<![\\d.,/-])(?:2[0347]|3[034])-\\d{8}-\\d(?![\\d\\p{L}]|[.,-]\\d)");

    /** {@link #CUIT} at a digit, Spanish; -1 when none. */
    static int cuit(ReadContext ctx, int pos) {
        if (!ctx.es() || pos + 2 >= ctx.text.length() || ctx.text.charAt(pos + 2) != '-') {
            return -1;
        }
        return dictatedAt(ctx, CUIT, pos);
    }

    /** The match of {@code pattern} at {@code pos} dictated digit by digit; its end, or -1 when it does not match there. */
    private static int dictatedAt(ReadContext ctx, Pattern pattern, int pos) {
        Matcher m = ctx.at(pattern, pos);
        if (!m.lookingAt()) {
            return -1;
        }
        ctx.append(dictated(ctx, m.group()));
        return m.end();
    }

    /**
     * A UK tax code after "tax code" (round eight): "1257L", "1185M", said as payroll says it, the number in pairs and the
     * letter spelt ("twelve fifty seven L"), never litres.
     */
    private static final Pattern TAX_CODE = Pattern.compile("(\\d{3,4})([A-Z])(?![\\d\\p{L}])");

    /**
     * Round thirty-one B: "tax code" and what a script puts between it and the code, ending where the code starts: nothing,
     * a comma or a colon ("your new tax code, 1257L,", "Tax code: 1257L"), a few lower-case words ("your tax code is
     * 1257L", "has changed from 1100L to 1257L", an earlier code among them). Nothing of another sentence or number.
     */
    private static final Pattern TAX_CODE_BEFORE = Pattern.compile("(?<![\\p{L}])[Tt]ax[ \\u00A0][Cc]ode[,:]?"
            + "(?:[ \\u00A0]+(?:[a-z]+|\\d{3,4}[A-Z]),?){0,6}[ \\u00A0]+$");

    /**
     * Round fifty-five: the IRS's return and information forms Americans name by their number alone, in pairs as a year
     * is ("ten forty", "ten ninety nine"), as "Form 1040" already is; the forms' families, not any four digits.
     */
    private static final Set<String> US_TAX_FORMS = Set.of("1040", "1041", "1065", "1095", "1098", "1099", "1120");
    /** Four digits with a glued plural "s" (group 2) or before "form"/"forms": "1095s", "1041 forms". */
    private static final Pattern US_TAX_FORM = Pattern.compile("(\\d{4})(?:(s)|(?=[ \\u00A0]+(?i:forms?)(?![\\p{L}\\d])))(?![\\p{L}\\d]|[.,]\\d)");

    /**
     * Round fifty-five: "your 1095s", "the 1041 forms" (English): a form of {@link #US_TAX_FORMS} with its plural "s" or
     * the word "form(s)" after it is named, "ten ninety fives", "ten forty one forms", never "one thousand ninety five
     * seconds"; "1095 guests", "$1095" and "room 1041" keep their numbers. -1 when none.
     */
    static int usTaxForm(ReadContext ctx, int pos) {
        String t = ctx.text;
        if (ctx.lang != Lang.EN || pos + 5 > t.length() || pos > 0 && (Character.isLetterOrDigit(t.charAt(pos - 1)) || "$£€.,/#-".indexOf(t.charAt(pos - 1)) >= 0)) {
            return -1;
        }
        Matcher m = ctx.at(US_TAX_FORM, pos);
        if (!m.lookingAt() || !US_TAX_FORMS.contains(m.group(1))) {
            return -1;
        }
        String name = ctx.speller.year(Integer.parseInt(m.group(1)));
        ctx.append(m.group(2) != null ? QuantityReader.pluralNumber(name) : name);
        return m.end();
    }

    /** {@link #TAX_CODE} at a digit after "tax code", English; -1 when none. */
    static int taxCode(ReadContext ctx, int pos) {
        if (ctx.lang != Lang.EN || pos < 9 || ctx.text.charAt(pos - 1) != ' ') {
            return -1;
        }
        Matcher m = ctx.at(TAX_CODE, pos);
        if (!m.lookingAt() || !TAX_CODE_BEFORE.matcher(ctx.text).region(Math.max(0, pos - 80), pos).useTransparentBounds(true).find()) {
            return -1;
        }
        ctx.append(UsAddresses.inPairs(ctx.speller, Integer.parseInt(m.group(1)))).append(' ').append(m.group(2));
        return m.end();
    }

    /**
     * Round thirty-two: Spanish machines named by their model after their noun ("el tractor 5075E", "la bomba 3020R", "su
     * cosechadora 9670S"): four digits and one or two capitals glued. The farm-machinery trade says the digits in pairs and
     * spells the capitals ("cincuenta setenta y cinco E"), as the writer of batch 60 did, never "cinco mil setenta y
     * cinco". Only after a machine's noun: "el lote 4412B", "la oficina 1203A" keep their readings.
     */
    private static final Pattern ES_MACHINE_MODEL = Pattern.compile("([1-9]\\d)(\\d\\d)(\\p{Lu}{1,2})(?![\\d\\p{L}]|[-/.,]\\p{Alnum})");
    private static final Set<String> ES_MACHINE_NOUNS = Set.of("tractor", "bomba", "motobomba", "motor", "cosechadora", "sembradora",
            "empacadora", "podadora", "desbrozadora", "motosierra", "generador", "compresor", "excavadora", "retroexcavadora",
            "montacargas", "minicargador", "aspersora", "fumigadora", "modelo");

    /** {@link #ES_MACHINE_MODEL} at a digit after a machine's noun, Spanish; -1 when none. */
    static int spanishMachineModel(ReadContext ctx, int pos) {
        if (!ctx.es() || !ES_MACHINE_NOUNS.contains(ctx.previousWord(pos).toLowerCase(Locale.ROOT))) {
            return -1;
        }
        Matcher m = ctx.at(ES_MACHINE_MODEL, pos);
        if (!m.lookingAt()) {
            return -1;
        }
        NumberSpeller sp = ctx.speller;
        int tail = Integer.parseInt(m.group(2));
        // The second pair as the first is said: "sesenta y uno veinte"; "00" is "cien" ("cincuenta y uno cien"), a zero-led
        // pair "cero" and its digit ("sesenta cero cinco").
        String second = tail == 0 ? "cien" : tail < 10 ? sp.digit(0) + " " + sp.digit(tail) : sp.cardinal(tail, Gender.NEUTRAL);
        ctx.append(sp.cardinal(Integer.parseInt(m.group(1)), Gender.NEUTRAL)).append(' ').append(second);
        for (char c : m.group(3).toCharArray()) {
            ctx.append(' ').append(c);
        }
        return m.end();
    }

    /** A number sign's code whose first group looks like a year, then a hyphen and a serial of three digits or more. */
    private static final Pattern MARKED_YEAR_SERIAL = Pattern.compile("(?:19|20)\\d{2}-\\d{3,12}");

    /** English {@link #ES_LETTERED_ALNUM}: two capitals or more ("F-35A" stays a name), a capital after a digit ("PL-88ZQ3"). */
    private static final Pattern EN_LETTERED_ALNUM = Pattern.compile("(\\p{Lu}{2,4}-(?=[\\dA-Z]*\\d[A-Z])[\\dA-Z]{2,12}(?:-[\\dA-Z]{1,12}){0,3})"
            + "(?![\\d\\p{L}]|[.,-]\\d)");

    /**
     * English groups of capitals and digits joined by hyphens (round five K): three groups or more mixing both, a serial
     * or a keyed code ("SL-20931-B", "7KD4-2PXQ-9M"). Dictated whole, each character said, no hyphen left.
     */
    private static final Pattern HYPHENED_CODE = Pattern.compile("(?!1-8\\d\\d-)(?=[A-Z\\d-]*\\d)(?=[A-Z\\d-]*[A-Z])"
            + "[A-Z\\d]{1,6}(?:-[A-Z\\d]{1,6}){2,5}(?![\\d\\p{L}]|[.,-][\\dA-Z])");
    /** Round sixty-five A: one capital, a hyphen and three digits, perhaps a glued plural "s": a model's name ("F-250"). */
    private static final Pattern EN_ONE_CAPITAL_MODEL = Pattern.compile("([A-Z])-([1-9]\\d{2})(s)?(?![\\d\\p{L}]|[.,/:-]\\d|-)");
    /** English "J-1", "H-1B", "F-1": one capital, a hyphen, a short number and maybe a capital (a visa, a form, a vitamin). */
    private static final Pattern EN_LETTER_NUMBER = Pattern.compile("([A-Z])-(\\d{1,2})(?:([A-Z])|(s))?(?![\\d\\p{L}]|[.,/:-]\\d|-)");

    /**
     * A year, a hyphen and a serial of five digits or more: a reference numbered by year ("2026-118734", "2025-00412").
     * The year is said as a year, the serial digit by digit, the hyphen a pause as in every code; no hyphen is left.
     * A year, a slash and a zero-led serial of three digits or more ("2027/004518") is one too: no denominator or month
     * is written so. Since round nineteen, in Spanish, a serial of five digits or more after the slash is one too behind
     * a reference noun ("exp. 2026/118734", "la resolución 2025/48213"), dictated by the house length rule.
     */
    private static final Pattern YEAR_SERIAL = Pattern.compile("(?<![\\d.,/-])((?:19|20)\\d{2})(?:-(\\d{5,12})|/(\\d{2,12}))(?![\\d\\p{L}]|[.,/-]\\d)");
    /**
     * Nouns of a document numbered by year, as they stand right before "2026/118734" ("exp." and "expte." without their
     * dot): with one, a year over a long serial is a reference; without one ("2026/11873" alone) it keeps its reading.
     */
    private static final Set<String> YEAR_NUMBERED_NOUNS = Set.of("expediente", "exp", "expte", "resolución", "registro", "factura",
            "referencia", "ref", "solicitud", "folio", "acta", "causa", "recurso", "denuncia", "liquidación", "notificación",
            "trámite", "certificado", "sentencia", "procedimiento", "boletín", "número", "multa", "sanción", "reclamación");
    /**
     * Round twenty-two B: {@link #YEAR_NUMBERED_NOUNS} in English ("ref" and "no" without their dot): "appeal ref
     * 2026/553170", "docket number 2025/38816", "application 2026/407215".
     */
    private static final Set<String> EN_YEAR_NUMBERED_NOUNS = Set.of("case", "claim", "file", "ref", "reference", "number", "no",
            "docket", "application", "appeal", "complaint", "invoice", "ticket", "order", "policy", "permit", "licence", "license",
            "report", "incident", "matter", "petition", "filing", "certificate", "notice", "decision", "resolution", "record",
            "registration", "citation", "summons", "warrant", "fine", "penalty", "request", "inquiry", "enquiry", "dossier");

    /** The Spanish plate since 2000: four digits, a space or a hyphen, three consonants ("4821 LMN", "1234-BCD"). */
    private static final Pattern ES_PLATE = Pattern.compile("(?<![\\d.,/-])(\\d{4})[ \\u00A0-]([BCDFGHJKLMNPRSTVWXYZ]{3})(?![\\p{L}\\d])");

    /** Initialisms without vowels that follow counts and years ("SMS", "PDF"), never a plate's letters. */
    private static final Set<String> PLATE_NOT_LETTERS = Set.of("SMS", "MMS", "PDF", "GPS", "TPV", "PVP", "DGT", "CNMC", "XXL");
    /** Words naming a vehicle right before its plate: a plate whose digits look like a year needs one. */
    private static final Set<String> VEHICLE_WORDS = Set.of("vehículo", "coche", "moto", "motocicleta", "furgoneta", "camión", "turismo",
            "matrícula", "auto", "carro");

    /** {@link #ES_PLATE}, dictated without its word ("el vehículo 4821 LMN": "cuatro ocho dos uno L M N"); -1 when none. */
    static int spanishPlate(ReadContext ctx, int pos) {
        if (!ctx.es()) {
            return -1;
        }
        // Tried at every Spanish number: the plate's four digits need their space or hyphen right after them.
        boolean fourDigits = pos + 4 < ctx.text.length() && " \u00A0-".indexOf(ctx.text.charAt(pos + 4)) >= 0
                && TokenScanner.isDigit(ctx.text.charAt(pos + 3)) && TokenScanner.isDigit(ctx.text.charAt(pos + 2))
                && TokenScanner.isDigit(ctx.text.charAt(pos + 1)) && TokenScanner.isDigit(ctx.text.charAt(pos));
        Matcher m = fourDigits ? ctx.at(ES_PLATE, pos) : null;
        if (m == null || !m.lookingAt() || PLATE_NOT_LETTERS.contains(m.group(2))
                || (m.group(1).matches("(?:19|20)\\d\\d") || Currencies.isIsoCode(m.group(2)))
                        && !VEHICLE_WORDS.contains(ctx.previousWord(pos).toLowerCase(Locale.ROOT))) {
            // "2000 SMS", "Premium 2005 DVD": a count, a year before an initialism, unless a vehicle's word comes first.
            // Round fifty-four: an ISO code without a vowel ("4300 MXN", "1800 PLN") after an amount is its currency, read
            // by the quantity reader ("cuatro mil trescientos pesos mexicanos"), as "4300 EUR" is; "matrícula 4300 MXN" is a plate.
            return -1;
        }
        ctx.append(ctx.speller.digits(m.group(1))).append(' ').append(Initialisms.spelt(m.group(2)));
        return m.end();
    }

    /** {@link #HYPHENED_CODE} at a token's start, dictated ("S L two zero nine three one B"); -1 when none. */
    static int hyphenedCode(ReadContext ctx, int pos) {
        if (ctx.es()) {
            int key = spanishKey(ctx, pos);
            if (key > pos) {
                return key;
            }
            int lettersDigits = spanishDigitsLettersDigits(ctx, pos);
            return lettersDigits > pos ? lettersDigits : spanishDigitsThenLetteredGroup(ctx, pos);
        }
        if (pos > 0 && (Character.isLetterOrDigit(ctx.text.charAt(pos - 1)) || ctx.text.charAt(pos - 1) == '-')) {
            return -1;
        }
        Matcher m = ctx.at(HYPHENED_CODE, pos);
        if (!m.lookingAt()) {
            return -1;
        }
        ctx.append(dictatedInOneRun(ctx, m.group()));
        return m.end();
    }

    /** "0x" and four to sixteen hexadecimal digits standing alone: "0x80070005", "0xC000021A". */
    private static final Pattern HEX_CODE = Pattern.compile("0x([\\dA-Fa-f]{4,16})(?![\\d\\p{L}])");

    /**
     * Round fifteen: a hexadecimal code ("error 0x80070005", a Windows or a driver's fault) is dictated as a technician
     * reads it, "cero equis" and every character ("cero equis ocho cero cero siete…"), never "cero por ocho…", a
     * dimension. Spanish; "0x5" or "0x12" (under four digits) stay what they were; -1 when none.
     */
    static int hexCode(ReadContext ctx, int pos) {
        String t = ctx.text;
        if (!ctx.es() || !t.startsWith("0x", pos) || pos > 0 && Character.isLetterOrDigit(t.charAt(pos - 1))) {
            return -1;
        }
        Matcher m = ctx.at(HEX_CODE, pos);
        if (!m.lookingAt()) {
            return -1;
        }
        ctx.append("cero equis ").append(dictatedInOneRun(ctx, m.group(1)));
        return m.end();
    }

    /** Groups of capitals and digits joined by hyphens: a licence, product or activation key's shape. */
    private static final Pattern KEY_GROUPS = Pattern.compile("[A-Z\\d]{2,8}(?:-[A-Z\\d]{2,8}){1,7}(?![\\d\\p{L}]|[.,/-][\\dA-Z])");

    /**
     * Round fifteen: a key of hyphened groups mixing capitals and digits ("XK7P-22QM-90RT", "7HQ2-MX9K-4LPA",
     * "QW77-3NRB") is keyed in by the caller, so it is dictated group by group, every character said and a pause for each
     * hyphen ("X K siete P, dos dos Q M, …"), never "veintidós QM". A key's groups are all as long (four to six) with one
     * mixing a capital and a digit, or three groups or more with two mixing them, and two capitals at least; "58-ZK-31" (round
     * ten B), "CF6-80E1" (an engine), an ISSN's "0004-282X", "ISO-9001-2015" and "ABCD-1234" are none and keep their rules; -1 when none.
     */
    private static int spanishKey(ReadContext ctx, int pos) {
        String t = ctx.text;
        int hyphen = t.indexOf('-', pos + 2);
        if (hyphen < 0 || hyphen > pos + 8
                || pos > 0 && (Character.isLetterOrDigit(t.charAt(pos - 1)) || ".,/-".indexOf(t.charAt(pos - 1)) >= 0)) {
            return -1;
        }
        Matcher m = ctx.at(KEY_GROUPS, pos);
        if (!m.lookingAt()) {
            return -1;
        }
        String[] groups = m.group().split("-");
        int mixed = 0;
        boolean sameLength = true;
        for (String g : groups) {
            boolean letter = g.chars().anyMatch(c -> c >= 'A' && c <= 'Z');
            boolean digit = g.chars().anyMatch(Character::isDigit);
            mixed += letter && digit ? 1 : 0;
            sameLength &= g.length() == groups[0].length();
        }
        // An ISSN's or an ISBN's check character is one capital among digits ("0004-282X"): no key.
        boolean capitals = m.group().chars().filter(c -> c >= 'A' && c <= 'Z').count() >= 2;
        boolean key = capitals && sameLength && groups[0].length() >= 4 && groups[0].length() <= 6 && mixed >= 1 || groups.length >= 3 && mixed >= 2;
        if (!key) {
            return -1;
        }
        ctx.append(dictated(ctx, m.group()));
        return m.end();
    }

    /**
     * "58-ZK-31", "27-MX-84" (round ten B): Spanish digits, capitals and digits joined by hyphens are one code, its
     * capitals spelt and each short group read as a reference's group ("cincuenta y ocho Z K treinta y uno"), the hyphens
     * unsaid; -1 when none.
     */
    private static int spanishDigitsLettersDigits(ReadContext ctx, int pos) {
        if (!lettersBetweenHyphens(ctx.text, pos)
                || pos > 0 && (Character.isLetterOrDigit(ctx.text.charAt(pos - 1)) || ".,/-".indexOf(ctx.text.charAt(pos - 1)) >= 0)) {
            return -1;
        }
        Matcher m = ctx.at(DIGITS_LETTERS_DIGITS, pos);
        if (!m.lookingAt()) {
            return -1;
        }
        ctx.append(group(ctx, m.group(1))).append(' ').append(Initialisms.spelt(m.group(2))).append(' ').append(group(ctx, m.group(3)));
        return m.end();
    }

    /** Two digits or more, a hyphen, then capitals glued to digits, nothing glued after: "3190-T45", "4471-KP8". */
    private static final Pattern DIGITS_THEN_LETTERED_GROUP = Pattern.compile("\\d{2,12}-\\p{Lu}{1,3}\\d{1,6}(?![\\d\\p{L}]|[.,/-][\\dA-Z])");

    /**
     * Round eighty-four A: "código 3190-T45", "el vinil 5508-K12": digits joined by a hyphen to a group of capitals and
     * digits are one code (a product's, a colour's), dictated as every lettered code is, the hyphen a pause ("tres uno
     * nueve cero, T cuatro cinco"); the number readers took the digits and left "-T cuarenta y cinco" with its hyphen
     * said. Spanish; "lote 5521-D" (no digits after the capital) keeps round nine's reading; -1 when none.
     */
    private static int spanishDigitsThenLetteredGroup(ReadContext ctx, int pos) {
        if (pos > 0 && (Character.isLetterOrDigit(ctx.text.charAt(pos - 1)) || ".,/-".indexOf(ctx.text.charAt(pos - 1)) >= 0)) {
            return -1;
        }
        return dictatedAt(ctx, DIGITS_THEN_LETTERED_GROUP, pos);
    }

    /** Seven pairs or more, spaced, nothing glued after: "12 34 56 78 90 12 34". */
    private static final Pattern PAIR_RUN = Pattern.compile("\\d{2}(?:[ \\u00A0]\\d{2}){6,15}(?![\\d\\p{L}]|[.,]\\d|[ \\u00A0]\\d)");
    private static final com.google.i18n.phonenumbers.PhoneNumberUtil PHONE_NUMBERS = com.google.i18n.phonenumbers.PhoneNumberUtil.getInstance();

    /**
     * Round twenty-six: an unlabelled run of seven pairs or more ("Anote estos dígitos, 48 19 27 36 05 91 63") is a code
     * keyed pair by pair, as round twenty-two dictates a labelled one; the phone reader took five groups and left the last
     * pairs as numbers. Spanish only, and never a number the region could dial (libphonenumber).
     */
    static int pairRun(ReadContext ctx, int pos) {
        String t = ctx.text;
        if (!ctx.es() || pos + 20 > t.length() || t.charAt(pos + 2) != ' ' && t.charAt(pos + 2) != '\u00A0'
                || pos > 0 && (Character.isLetterOrDigit(t.charAt(pos - 1)) || t.charAt(pos - 1) == '+')) {
            return -1; // cheap check first: two digits and a space, room for seven pairs
        }
        Matcher m = ctx.at(PAIR_RUN, pos);
        if (!m.lookingAt()) {
            return -1;
        }
        String digits = m.group().replaceAll("[ \\u00A0]", "");
        try {
            if (PHONE_NUMBERS.isPossibleNumber(PHONE_NUMBERS.parse(digits, ctx.locale.region))) {
                return -1;
            }
        } catch (com.google.i18n.phonenumbers.NumberParseException e) {
            // no phone number at all: a code
        }
        ctx.append(dictated(ctx, m.group()));
        return m.end();
    }

    /** The noun before a year's serial, lower case, across an abbreviation's dot or, in English, a colon ("ref: 2024/99120"). */
    private static String yearSerialNoun(ReadContext ctx, int pos) {
        int colon = ReadContext.spacesStart(ctx.text, pos) - 1;
        int at = !ctx.es() && colon > 0 && ctx.text.charAt(colon) == ':' ? colon : pos;
        return ctx.previousWordAcrossDot(at).toLowerCase(Locale.ROOT);
    }

    /**
     * Round seventy-seven P: "tenga a mano su número de expediente, por ejemplo 2025/40917": a Spanish year over a serial
     * right after "por ejemplo" ({@link #EXAMPLE_CUE_BEFORE}) is a sample of the document the sentence names before the
     * cue by one of {@link #YEAR_NUMBERED_NOUNS} ("expediente", "resolución"; "número" alone names no document), read
     * as behind the noun itself ("barra", never the fraction's "sobre"). A sentence naming none keeps the old reading.
     */
    private static boolean sampleOfYearNumbered(ReadContext ctx, int pos) {
        Matcher cue = ctx.es() && pos >= 12 ? EXAMPLE_CUE_BEFORE.matcher(ctx.text.substring(Math.max(0, pos - 18), pos)) : null;
        if (cue == null || !cue.find()) {
            return false;
        }
        int cueStart = Math.max(0, pos - 18) + cue.start();
        return ctx.anyWord(ctx.sentenceStart(cueStart, 160), cueStart, w -> !w.equals("número") && YEAR_NUMBERED_NOUNS.contains(w));
    }

    /** "2023/24": a year over the next year's last two digits is a season or a tax year, not a serial. */
    private static boolean season(String year, String serial) {
        return serial.length() == 2 && (Integer.parseInt(year) + 1) % 100 == Integer.parseInt(serial);
    }

    /** The digit reader of {@link #YEAR_SERIAL}, tried before dates and quantities take the year alone. */
    static int yearSerial(ReadContext ctx, int pos) {
        // Tried at every number: only one starting "19" or "20" can be the year.
        Matcher ys = ctx.text.startsWith("19", pos) || ctx.text.startsWith("20", pos) ? ctx.at(YEAR_SERIAL, pos) : null;
        if (ys == null || !ys.lookingAt()) {
            return -1;
        }
        if (ys.group(3) != null && ys.group(3).length() < 3 && (ctx.es() || ys.group(3).charAt(0) == '0')) {
            return -1; // "2026/07": a month of the year, as before
        }
        if (ys.group(3) != null && ys.group(3).charAt(0) != '0') {
            // "la resolución 2025/48213" (round nineteen): no fraction has a year over five digits; behind a document's
            // noun it is the document's number, the serial by the house length rule ("cuarenta y ocho dos uno tres").
            // English since round twenty-two B: the same rule with its own nouns ("appeal ref 2026/553170"); since round
            // twenty-six B a short serial too ("file 2023/77": no one writes a fraction over a year) and a colon after
            // the noun ("ref: 2024/99120"), but not a season's next year ("a record 2023/24 season").
            if (ys.group(3).length() < (ctx.es() ? 5 : 2) || !(ctx.es() ? YEAR_NUMBERED_NOUNS : EN_YEAR_NUMBERED_NOUNS)
                    .contains(yearSerialNoun(ctx, pos)) && !sampleOfYearNumbered(ctx, pos) || !ctx.es() && season(ys.group(1), ys.group(3))) {
                return -1;
            }
            ctx.append(ctx.speller.year(Integer.parseInt(ys.group(1)))).append(ctx.es() ? " barra " : " slash ").append(group(ctx, ys.group(3)));
            return ys.end();
        }
        if (ys.group(3) != null) {
            // "resguardo 2026/004127": a year, a slash and a zero-led serial is no fraction and no date, a reference
            // numbered by year; the slash is said as in every such code ("barra", "slash").
            ctx.append(ctx.speller.year(Integer.parseInt(ys.group(1)))).append(ctx.es() ? " barra " : " slash ").append(ctx.speller.digits(ys.group(3)));
            return ys.end();
        }
        ctx.append(ctx.speller.year(Integer.parseInt(ys.group(1)))).append(", ").append(ctx.speller.digits(ys.group(2)));
        return ys.end();
    }

    /**
     * A noun's complement after it: "de participante", "del programa", "de la aseguradora" (one lower-case word). Round
     * fifty-four: up to three, chained, each perhaps with its adjective ("de revisión de frenos", "del servicio técnico"), as round fifty-three let a
     * key's noun reach its digits across what it opens: the noun before them still names the number.
     */
    private static final String NOUN_COMPLEMENT = "(?:[ \\u00A0]+(?:de|del)[ \\u00A0]+(?:(?:la|las|los|el)[ \\u00A0]+)?\\p{Ll}{3,}(?:[ \\u00A0]+\\p{Ll}{3,})?){0,3}";
    /**
     * Round sixty A: the organisation that issued the number, named after the noun ("número de afiliado de Galeno", "de
     * Swiss Medical", "del Hospital Alemán"): one to three capitalised words; the noun still names the number.
     */
    private static final String ISSUER_NAME = "(?:[ \\u00A0]+(?:de|del)[ \\u00A0]+\\p{Lu}[\\p{L}\\d&.-]{1,20}(?:[ \\u00A0]+\\p{Lu}[\\p{L}\\d&.-]{1,20}){0,2})?";
    /** An identifying noun's kind after it: "número de seguro social", "número de identificación fiscal". */
    private static final String IDENTIFYING_KIND = "(?:[ \\u00A0]+(?:social|clínica|fiscal|nacional|personal|único|única|asignado|asignada))?";
    /**
     * "Su número de servicio es 481 230 905 117", "tu número de cliente: 5520 3318", "su número es 4812 3090 5511 7": after
     * "número de" and a word that names an account or a contract, or after "su/tu número", the digits identify, even when
     * printed in groups of three like thousands; they are dictated digit by digit, a pause between the printed groups.
     * "El número de asistentes es 150 000" counts (no identifying word): it keeps its quantity reading. A number in one
     * piece ("número de orden es 7741", "2025/00457") is left to the reference rules below, as it was.
     */
    private static final Pattern ES_NUMBER_ID = Pattern.compile("((?:(?iu:su|tu|mi|nuestro|vuestro)[ \\u00A0]+)?(?iu:número)"
            + "(?:[ \\u00A0]+(?:de|del)[ \\u00A0]+(?iu:(" + ES_REFERENCE_NOUN_ALTERNATIVES + "|servicio|cuenta|afiliado|afiliación|tarjeta|serie|guía|"
            + "orden|confirmación|registro|lote|empleado|suministro|medidor|contador|usuario|identificación|documento|pasaporte|seguro|"
            + "beneficiario|paciente|licencia|matrícula|credencial|nómina|préstamo|crédito))"
            + IDENTIFYING_KIND + NOUN_COMPLEMENT + ISSUER_NAME + ")?"
            + "(?:[ \\u00A0]+es)?[ \\u00A0]*:?[ \\u00A0]*)(\\d{1,4}(?:[ \\u00A0]\\d{2,4})+)(?![\\d\\p{L}]|[.,/-]\\d)");
    private static final Set<String> ES_NUMBER_ID_FIRST_WORDS = Set.of("su", "tu", "mi", "nuestro", "vuestro", "número");
    /** Round sixty-five A: "número" as its sign before "de" and a noun ("n.º de bono", "núm. de jugador"), {@link #ES_NUMBER_OF_NOUN_IS}'s start. */
    private static final Pattern NUMBER_SIGN_OF_NOUN = Pattern.compile(NUMBER_SIGN + "[ \\u00A0]+(?:de|del)[ \\u00A0]");
    private static final PhoneReader PHONE = new PhoneReader();

    /**
     * Round twenty-three: "el número de boleta 6610 2278", "número de recibo: 3318 7702": after "número de" and any noun,
     * groups of three or four digits that no quantity is printed in (a group of four, or one after the first that is not
     * three) are the noun's code, dictated group by group; "el número de asistentes 150 000" is thousands and counts.
     */
    private static final Pattern ES_NUMBER_OF_NOUN = Pattern.compile("((?:(?iu:su|tu|mi|nuestro|vuestro)[ \\u00A0]+)?(?iu:número)[ \\u00A0]+(?:de|del)[ \\u00A0]+(\\p{Ll}{3,})"
            + "(?:[ \\u00A0]+es)?[ \\u00A0]*:?[ \\u00A0]*)(\\d{3,4}(?:[ \\u00A0]\\d{3,4})+)(?![\\d\\p{L}]|[.,/-]\\d)");

    /**
     * Round forty-five: "su número de servicio es 48217", "tu número de usuario es 5521", "Número de paciente: 73914": four
     * to six digits in one piece that "número de" and a singular noun give as that noun's number after "es" or a colon,
     * the Spanish shape of English "your candidate number is 4417" ({@link #EN_NUMBER_IS}). The noun's kind may follow
     * ("número de seguro social es …"); nouns {@link #ES_REFERENCE_NOUNS} holds are ES_KEYWORD's already. Round
     * forty-eight: so may the noun's complement, what or whose the number is within ("tu número de legajo de participante
     * es 37120", "su número de cliente del programa es 55821", "número de afiliado de la aseguradora: 84106"): the noun
     * still names the number. Round sixty-five A: "número" may be its sign ("su n.º de bono 73418", said "número" as
     * Abbreviations says the sign), and five or six digits may follow the noun with no "es" or colon, straight after it or
     * across a comma ("tu número de jugador, 61834", as {@link #NUMBER_OF_NOUN_COMMA} lets a reference noun's): the noun has
     * named them all the same, so they are its code by the house length rule, never "setenta y tres mil…". Four digits
     * still need "es" or a colon ("tu número de jugador 2026" may be a year), and a plural noun, a count or an amount after
     * the digits keep the number ({@link #numberId}).
     */
    private static final Pattern ES_NUMBER_OF_NOUN_IS = Pattern.compile("((?:(?iu:su|tu|mi|nuestro|vuestro)[ \\u00A0]+)?((?iu:número)|"
            + NUMBER_SIGN + ")[ \\u00A0]+(?:de|del)[ \\u00A0]+(\\p{Ll}{3,})" + IDENTIFYING_KIND + NOUN_COMPLEMENT
            + "(?:[ \\u00A0]+es[ \\u00A0]*|[ \\u00A0]*:[ \\u00A0]*|(?:,[ \\u00A0]*|[ \\u00A0]+)(?=\\d{5})))(\\d{4,6})"
            + "(?![\\d\\p{L}]|[.,/-]\\d|[ \\u00A0]\\d)" + NO_AMOUNT_AFTER);
    /** "número 58317" in one piece after its article ({@link #numberId}, round seventy-one C). */
    private static final Pattern ES_NUMBER_AFTER_ARTICLE = Pattern.compile("((?iu:número)[ \\u00A0]+)(\\d{5,6})(?![\\d\\p{L}]|[.,/-]\\d|[ \\u00A0]\\d)"
            + NO_AMOUNT_AFTER);
    /**
     * Singular nouns after "número de" whose number is no identifier: a phone's (its reader dials it), a crowd's or a
     * stock's count ("el número de aforo es 1200", "número de personal: 4500"), or a numbered place's, which Spanish says
     * as the number ("su número de habitación es 1204", "mil doscientos cuatro", as "sala ciento catorce").
     */
    private static final Set<String> ES_NOT_AN_IDENTIFIED_NUMBER = Set.of("teléfono", "celular", "móvil", "fax", "whatsapp", "contacto",
            "emergencia", "aforo", "personal", "público", "gente", "asistencia", "capacidad", "inventario", "stock", "tráfico", "población",
            "habitación", "sala", "aula", "consultorio", "despacho", "oficina", "planta", "piso", "puerta", "andén", "asiento", "mesa",
            "cama", "cabina", "camarote", "casa", "portal");

    /** {@link #ES_NUMBER_ID}: -1 unless the number is marked as one that identifies (a possessive or an identifying word). */
    private static int numberId(ReadContext ctx, int pos) {
        Matcher m = ctx.at(ES_NUMBER_ID, pos);
        Matcher named = m.lookingAt() ? null : ctx.at(ES_NUMBER_OF_NOUN_IS, pos);
        if (named != null && named.lookingAt() && !ES_NOT_AN_IDENTIFIED_NUMBER.contains(named.group(3))
                && !named.group(3).endsWith("s") && Vocabulary.spanishNounGender(named.group(3)) != Gender.NEUTRAL
                && !countedAfter(ctx, named.end())) {
            // The noun names the number as its own: a code by the house length rule ("cuarenta y ocho dos uno siete", "cinco
            // cinco dos uno"), never "cuarenta y ocho mil…"; a plural noun ("número de plazas es 2500") counts. The number's
            // sign is said "número", as Abbreviations says it anywhere else.
            ctx.append(ctx.text.substring(named.start(1), named.start(2))).append(Character.isUpperCase(named.group(2).charAt(0)) ? "Número" : "número")
                    .append(ctx.text.substring(named.end(2), named.end(1))).append(code(ctx, named.group(4), false));
            return named.end();
        }
        Matcher afterArticle = m.lookingAt() ? null : ctx.at(ES_NUMBER_AFTER_ARTICLE, pos);
        if (afterArticle != null && afterArticle.lookingAt() && (ctx.previousWord(pos).equalsIgnoreCase("el") || commaBefore(ctx, pos) < pos)
                && !countedAfter(ctx, afterArticle.end())) {
            // Round seventy-five K: "Su caso, número 26094, ya fue asignado": after a comma, "número" names what was just said
            // by its number, in apposition, as "el número" does; "al número" still dials.
            // Round seventy-one C: "quedó registrado con el número 58317": five or six digits in one piece after "el número"
            // are what the thing is numbered by, a code by the house length rule ("cincuenta y ocho tres uno siete"), as
            // after "número de" and a noun; a count or an amount after them, four digits ("el número 2026") and "al
            // número" (a line to dial or text) keep their readings.
            ctx.append(afterArticle.group(1)).append(code(ctx, afterArticle.group(2), false));
            return afterArticle.end();
        }
        if (!m.lookingAt()) {
            Matcher noun = ctx.at(ES_NUMBER_OF_NOUN, pos); // only at "número" or a possessive before it: the caller's guard
            if (!noun.lookingAt() || thousandsShaped(noun.group(3)) || noun.group(2).endsWith("s")) {
                return -1; // a plural noun ("número de visitas") is what a number counts, not a code's owner
            }
            ctx.append(noun.group(1)).append(dictated(ctx, noun.group(3)));
            return noun.end();
        }
        boolean possessive = !m.group(1).regionMatches(true, 0, "número", 0, 6);
        if (m.group(2) == null && !possessive) {
            return -1; // "el número 5", "número de personas es 150 000": a number or a count
        }
        ctx.append(m.group(1));
        if (m.group(2) == null) {
            // "Su número es 55 1234 5678": with no identifying word it may be a phone, read as phones are.
            int mark = ctx.out.length();
            int end = PHONE.read(ctx, m.start(3));
            if (end == m.end()) {
                return end;
            }
            ctx.out.setLength(mark);
        }
        ctx.append(dictated(ctx, m.group(3)));
        return m.end();
    }

    /**
     * A product, model or part code (round five G): two to four capitals, a hyphen and one to three digits, perhaps a last
     * capital ("TRK-301", "PX-6", "KT-22", "DW-80X"). Its letters are spelt and its number read by the reference
     * convention (up to two digits as a number, three by {@link #group} in English and one by one in Spanish, as the lettered
     * codes are), the hyphen unsaid: "T R K tres cero uno", "K T twenty two", "D W eighty X". A single capital stays a name
     * ("F-150", "B-52", "I-95" by its own rule; round sixty-five A: three digits in pairs, {@link #EN_ONE_CAPITAL_MODEL}),
     * and letters said as a word are left as written ("COVID-19"; Spanish
     * "VIC-20": what Spanish says as a syllable); in Spanish only after a word naming the product (see
     * {@link #ES_MODEL_WORDS}: "la AP-7", "el puerto RS-232" keep their readings).
     */
    private static final Pattern MODEL_CODE = Pattern.compile("(\\p{Lu}{2,4})-(\\d{1,3})([A-Z])?(?![\\d\\p{L}]|[.,/:-]\\d|-)");
    /** {@link #MODEL_CODE}'s capitals and hyphen before a round number of hundreds or thousands ("KR-500", "VT-2000"). */
    private static final Pattern ROUND_MODEL_CODE = Pattern.compile("(\\p{Lu}{2,4})-([1-9]\\d?00)(?![\\d\\p{L}]|[.,/:-]\\d|-)");

    /**
     * A shipping container's code (ISO 6346: an owner's three capitals, the category "U", "J" or "Z", six digits and a
     * check digit, perhaps apart: "MSKU 4821736", "TGHU 482173-6"): spelt and dictated without a pause, as written.
     */
    private static final Pattern CONTAINER = Pattern.compile("([A-Z]{3}[UJZ])[ \\u00A0]?(\\d{6})[ \\u00A0-]?(\\d)(?![\\d\\p{L}]|[.,]\\d)");

    /** Capitals, a space and one group of digits: "INV 77315" (see {@link #KEYWORD_PRINTED_CODE}). */
    private static final Pattern CAPITALS_ONE_GROUP = Pattern.compile("\\p{Lu}{1,3}[ \\u00A0]\\d+");
    /**
     * Round sixty-four A: after {@link #CODE_CUES} ("siga el envío con el código TK 5512 0093", "use code KC 4418 2907") only
     * two or three capitals and two digit groups or more name a printed code: "el código ES 2026", "code SOL 2026" (one
     * group, a year or a word in capitals) keep their other readers.
     */
    private static final Pattern CUED_LETTERED_GROUPS = Pattern.compile("\\p{Lu}{2,3}(?:[ \\u00A0]\\d{3,5}){2,6}");
    /** {@link #CUED_LETTERED_GROUPS} standing alone, no digit, letter or further group after it: after "número" (round seventy-one C). */
    private static final Pattern NUMBERED_LETTERED_GROUPS = Pattern.compile(CUED_LETTERED_GROUPS.pattern() + "(?![\\d\\p{L}]|[.,]\\d|[ \\u00A0]\\d)");
    /**
     * Round seventy A (Spanish): after "código" two or three capitals and one group of five to eight digits are a code too
     * ("el código CPT 99214", "código SAT 84111"), dictated as five digits straight after "código" are, never "noventa y
     * nueve mil…"; four digits (a year's shape: "el código ES 2026") keep their other readers.
     */
    private static final Pattern ES_CUED_LETTERED_SERIAL = Pattern.compile("\\p{Lu}{2,3}[ \\u00A0]\\d{5,8}");
    /**
     * Round seventy-two E: in Spanish two or three capitals and groups of exactly four digits are a printed code wherever
     * they stand ("por ejemplo KL 5093 2846", "como BXT 6624 0937"), as after "número": no amount prints its thousands in
     * fours, so the groups are never "siete mil setecientos treinta".
     */
    private static final Pattern LETTERED_FOUR_DIGIT_GROUPS = Pattern.compile("\\p{Lu}{2,3}(?:[ \\u00A0]\\d{4}){2,6}(?![\\d\\p{L}]|[.,]\\d|[ \\u00A0]\\d)");
    /**
     * Capitals, then digit groups only: the capitals spelt before the first group with no pause in Spanish after the words
     * of {@link #CAPITALS_INTO_GROUPS_CUES}.
     */
    private static final Pattern CAPITALS_THEN_DIGIT_GROUPS = Pattern.compile("(\\p{Lu}{1,3})[ \\u00A0](\\d+(?:[ \\u00A0]\\d+)+)");
    /**
     * The words after which Spanish runs a code's capitals into its first digit group (round sixty-four A); "guía" keeps
     * round eight D's pause after them ("Guía R Y, cinco…"), an older unit test's reading left for the house to decide.
     */
    private static final Set<String> CAPITALS_INTO_GROUPS_CUES = Set.of("código", "code", "localizador", "seguimiento");
    /** {@link #CAPITALS_THEN_DIGIT_GROUPS} with one group allowed: "ZIP 77019" as well as "DHL 3308 6614". */
    private static final Pattern CAPITALS_THEN_DIGIT_GROUPS_OR_ONE = Pattern.compile("(\\p{Lu}{1,4})[ \\u00A0](\\d+(?:[ \\u00A0]\\d+)*)");
    /**
     * The main parcel carriers of Spain and Latin America (and the international ones they hand over to), written in
     * capitals and said by their names in Spanish calls ("por UPS", "guía DHL 3308 6614 9902", "Seguimiento: SEUR 4410
     * 2291"), never spelt: a closed set, so other capitals before digit groups keep their spelling. Round eighty-three A:
     * Argentina's OCA, said as the word it reads as ("Seguimiento: OCA 5521 …"), as Argentines say it.
     */
    private static final Set<String> ES_CARRIER_NAMES = Set.of("UPS", "DHL", "USPS", "TNT", "DPD", "GLS", "MRW", "SEUR", "OCA");
    /**
     * Round eighty-one A: {@link #ES_CARRIER_NAMES} as a pattern's alternatives, so a four-letter one ("SEUR") heads a printed
     * code after a reference word and a colon as the three-letter ones do ("Seguimiento: SEUR 7305 1186").
     */
    private static final String CARRIER_NAME_ALTERNATIVES = String.join("|", ES_CARRIER_NAMES);
    /**
     * A code printed in groups after a reference word or "serial" (round five H): "tracking no. QY 5512 0943 8GB", "caso LG
     * 4471093", "serial ZP2-0047713". One to three capitals then digit groups (after two groups, a last one of two digits
     * too: "guía RY 5510 2298 47", round eight D; not a day before "de"), or one run mixing capitals, digits and a hyphen:
     * dictated as written (a trailing "8GB" inside a code is not gigabytes, "LG" is spelt). A UPU item number first, so its
     * country's capitals are part of it ("seguimiento: PA 482 931 775 AR", round eighteen).
     */
    private static final Pattern KEYWORD_PRINTED_CODE = Pattern.compile("((?iu:pedido|referencia|expediente|factura|contrato|ticket|incidencia|"
            + "localizador|reserva|póliza|envío|seguimiento|caso|solicitud|folio|guía|rastreo|siniestro|order|reference|ticket|invoice|"
            // Round thirty-eight B: English "ref" and "ref." cue a reference as "reference" does ("tracking ref. GWD 40288").
            + "account|case|confirmation|booking|policy|tracking|claim|contract|reservation|serial|ref\\.?"
            // Round sixty-four A: a code's own word ("código", "code") too, before the shape CUED_LETTERED_GROUPS only.
            + "|código|code))"
            + "((?:[ \\u00A0]+(?:número|nº|n\\.º|no\\.|number|#))?(?:[ \\u00A0]+(?:es|is))?[ \\u00A0]*:?[ \\u00A0]*)"
            + "(" + TokenScanner.POSTAL_ITEM.pattern() + "|\\p{Lu}{1,3}(?:[ \\u00A0](?=[\\dA-Z]*\\d)[\\dA-Z]{3,12}){2,6}[ \\u00A0]\\d{2}(?![\\d\\p{L}]|[.,]\\d|[ \\u00A0]de[ \\u00A0])"
            + "|(?:\\p{Lu}{1,3}|" + CARRIER_NAME_ALTERNATIVES + ")(?:[ \\u00A0](?=[\\dA-Z]*\\d)[\\dA-Z]{3,12}){1,6}|\\p{Lu}{1,3}\\d{1,3}-\\d{4,12}"
            // Round twenty-six: a head mixing a digit and a capital ("1Z 999 AA1 01 2345 6784", UPS's shape) and four groups
            // or more, a group of two too: one code, dictated group by group.
            + "|(?=[\\dA-Z]{2,3}[ \\u00A0])(?=[A-Z]{0,2}\\d)(?=\\d{0,2}[A-Z])[\\dA-Z]{2,3}(?:[ \\u00A0](?=[\\dA-Z]*\\d)[\\dA-Z]{2,12}){4,6})"
            + "(?![\\d\\p{L}]|[.,]\\d)");

    /** Round eighty-three A: "lote AC 4410": a lot's two or three capitals and one group of digits, nothing glued or printed after. */
    private static final Pattern ES_LETTERED_LOT = Pattern.compile("((?iu:lote)[ \\u00A0]+)(\\p{Lu}{2,3}[ \\u00A0]\\d{3,6})(?![\\d\\p{L}]|[.,]\\d|[ \\u00A0]\\d)");

    /** A lower-case English "no." before a code with a capital or a hyphen and a digit ("job no. PF-2611"). */
    private static final Pattern LOWER_NO = Pattern.compile("no\\.[ \u00A0](?=(?:is[ \u00A0])?(?:\\p{Lu}{1,4}[-/]?\\d|\\d+-\\d|\\d{4,12}(?![\\d\\p{L}]|[.,]\\d|[ \u00A0]\\d)))");
    /** Words before an answer's "no" (a conjunction, "yes", a verb of saying), never a noun whose number "no." names. */
    private static final Set<String> ANSWER_NO_BEFORE = Set.of("or", "and", "nor", "yes", "say", "says", "said", "answer", "answered",
            "reply", "replied", "text", "texted", "press", "select", "choose", "is", "was", "just", "simply", "with");
    /**
     * The plain number after such a "no.": four digits or more, no decimal or unit ("pledge no. 66310"); a slash after it
     * leaves the whole "2026/11873" to the year-serial and fraction rules (round twenty-two B: "two zero two six/eleven
     * thousand…" before). Round twenty-three B: "is" may stand between ("account no. is 44018").
     */
    private static final Pattern LOWER_NO_DIGITS = Pattern.compile("no\\.[ \u00A0]((?:is[ \u00A0])?)(\\d{4,12})(?![\\d\\p{L}]|[.,/]\\d|[ \u00A0]\\d)");

    /** Printed groups of three or four digits after a number sign's first group: "n.º 0017 4421 9938" (a card, an account). */
    private static final Pattern MARKED_GROUPS = Pattern.compile("(?:" + NUMBER_SIGN + "|no\\.)[ \\u00A0]?"
            + "(\\d{3,4}(?:[ \\u00A0]\\d{3,4}){1,7})(?![\\d\\p{L}]|[.,]\\d)");

    /**
     * A US taxpayer number after its name (round five I): "EIN 84-1234567", "SSN 123-45-6789", "ITIN 912-70-1234". It
     * identifies, so it is dictated digit by digit, a pause between its printed groups, never "ochenta y cuatro-…".
     */
    private static final Pattern TAX_ID = Pattern.compile("((EIN|SSN|ITIN|TIN)(?:[ \\u00A0]+(number|número|no\\.|#))?((?:[ \\u00A0]+(?:is|es))?[ \\u00A0]*:?[ \\u00A0]*))"
            + "(\\d{2,3}-\\d{2,7}(?:-\\d{4})?)(?![\\d\\p{L}]|[.,-]\\d)");
    private static final Set<String> TAX_ID_WORDS = Set.of("EIN", "SSN", "ITIN", "TIN");

    /**
     * Initialisms of a document, a shipment, a return or a record that a number identifies: bill of lading, purchase order,
     * return authorisation, stock unit, vehicle, medical record, booking, air waybill, freight "PRO" number. A currency's
     * code ("USD 55120") or a name's ("COVID 19") is none.
     */
    private static final Set<String> DOCUMENT_INITIALISMS = Set.of("BOL", "PO", "RMA", "SKU", "VIN", "MRN", "PNR", "AWB", "PRO", "WO", "SO");
    /**
     * Round sixty-two B: the orders and returns of {@link #DOCUMENT_INITIALISMS} (work order, purchase order, sales order,
     * return authorisation) number from a shop's own counter, so four digits after them are already the order's
     * reference, dictated as five are and as the length rule dictates four ("W O four one eight two"), never "four
     * thousand…"; a count's noun after them ("PO 2500 units") keeps the amount. Three digits stay as they were (measured:
     * an older batch reads them otherwise).
     */
    private static final Set<String> ORDER_INITIALISMS = Set.of("WO", "PO", "SO", "RMA");
    /**
     * A document's initialism, a space, a number sign or not ("BOL #55120", "PO No. 61553": round twenty-two B) and five
     * to twelve digits (four after an order's, {@link #ORDER_INITIALISMS}), nothing glued after them.
     */
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("(\\p{Lu}{2,3})[ \\u00A0](?:(#|No\\.|no\\.)[ \\u00A0]?)?(\\d{4,12})(?![\\d\\p{L}]|[.,]\\d)");
    /**
     * Round sixty A: an air waybill as IATA prints it, the airline's three-digit prefix, a hyphen or a space, and the
     * eight-digit serial, often in two groups of four ("AWB 176-3308 4172"): every printed group is dictated with a pause
     * between, the last one too (it was "four thousand one hundred and seventy two"). Both languages; Spanish keeps
     * "AWB" as written, as it keeps other capitals, English spells it as {@link #DOCUMENT_NUMBER} does.
     */
    private static final Pattern AIR_WAYBILL = Pattern.compile("AWB[ \\u00A0](?:(#|No\\.|no\\.|n\\.º)[ \\u00A0]?)?"
            + "(\\d{3}[- \\u00A0]\\d{4}[ \\u00A0]?\\d{4})(?![\\d\\p{L}]|[.,]\\d)");

    /**
     * Round eighteen B: "meeting ID 884 203 117", "your member ID is 409 226 513", "PIN 2281 930": digits printed in groups
     * after "ID" or "PIN" (the initialisms that end "meeting ID", "conference ID", "member ID") are keyed in or read
     * back, so every group is dictated alike with a pause between, never "one hundred and seventeen" for the last one.
     * Two groups at least; a group of one digit is no printed group. Round fifty-three: a comma may set the groups apart
     * as a colon does ("enter your member ID, 730 415 962, then"): the initialism has named them, so they are still its
     * digits, never "seven hundred thirty million…"; "your ID, 10 15 minutes early" keeps its count (a last pair before a noun).
     */
    private static final Pattern ID_GROUPS = Pattern.compile("(ID|PIN)((?:[ \\u00A0]+number)?(?:[ \\u00A0]+is)?[ \\u00A0]*[:,]?[ \\u00A0]*)"
            + "(\\d{2,4}(?:[ \\u00A0]\\d{2,4}){1,5})(?![\\d\\p{L}]|[.,]\\d|[ \\u00A0]\\d)");

    /**
     * Round nineteen B: "ISBN 978-0-306-40615-7", "ISBN: 0-306-40615-2": a book's number after its label, ten or thirteen
     * digits whose check digit holds, is dictated with its hyphens as pauses (it was "nine hundred and seventy eight-zero-…").
     * Round twenty-two: Spanish alike when printed in spaced groups ("el ISBN es 978 607…"), its label kept as written.
     */
    private static final Pattern ISBN = Pattern.compile("ISBN((?:[ \\u00A0]+(?:is|es))?[ \\u00A0]*:?[ \\u00A0]*)(\\d(?:[- \\u00A0]?\\d){8,11}[- \\u00A0]?[\\dX])"
            + "(?![\\d\\p{L}]|[.,-]\\d)");

    /**
     * Round sixty-three A: an ISBN-13 printed with its hyphens ("978-1-4920-7730-5"): the 978 or 979 head, four more groups,
     * thirteen digits. The shape names a book wherever it stands, its label away ("its ISBN, for example 978-…", "el ISBN
     * 978-…") or none, so it is dictated as {@link #ISBN} dictates it after the label (style page: digit by digit, a pause
     * at each hyphen), never "nine hundred and seventy eight-one-…". No check digit is asked: a script's sample number
     * need not hold one, and the five groups with their head are no phone's, date's or part number's shape.
     */
    private static final Pattern ISBN13_SHAPE = Pattern.compile("97[89]-\\d{1,5}-\\d{1,7}-\\d{1,7}-\\d(?![\\d\\p{L}]|[.,/-][\\d\\p{L}])");

    /** {@link #ISBN13_SHAPE} at {@code pos}, dictated; -1 when none. */
    static int isbn13Shape(ReadContext ctx, int pos) {
        String t = ctx.text;
        if (!t.startsWith("97", pos) || pos > 0 && (Character.isLetterOrDigit(t.charAt(pos - 1)) || "-/.,+".indexOf(t.charAt(pos - 1)) >= 0)) {
            return -1;
        }
        Matcher m = ctx.at(ISBN13_SHAPE, pos);
        if (!m.lookingAt()) {
            return -1;
        }
        String digits = m.group().replace("-", "");
        if (digits.length() != 13) {
            return -1;
        }
        ctx.append(dictated(ctx, m.group()));
        return m.end();
    }

    private static boolean isbnChecks(String digits) {
        int sum = 0;
        if (digits.length() == 10) {
            for (int i = 0; i < 10; i++) {
                char c = digits.charAt(i);
                sum += (10 - i) * (c == 'X' ? 10 : c - '0');
            }
            return sum % 11 == 0;
        }
        if (digits.length() != 13 || digits.indexOf('X') >= 0) {
            return false;
        }
        for (int i = 0; i < 13; i++) {
            sum += (i % 2 == 0 ? 1 : 3) * (digits.charAt(i) - '0');
        }
        return sum % 10 == 0;
    }

    /**
     * Round twenty-six B: "(ID 55812)", "staff ID 30917", "member ID is 7745": one run of four to twelve digits after "ID"
     * identifies as the printed groups do; dictated by the house length rule (it was "fifty five thousand…"). A range, a
     * decimal or a further group after it is no such run.
     */
    private static final Pattern ID_RUN = Pattern.compile("ID((?:[ \\u00A0]+number)?(?:[ \\u00A0]+is)?[ \\u00A0]*:?[ \\u00A0]*)(\\d{4,12})"
            + "(?![\\d\\p{L}]|[.,/-]\\d|[ \\u00A0]\\d)");

    /**
     * Round sixty A: a customs entry's number after its noun ("duties on entry 5204", "la entrada 5208", a US filer's
     * "316-2284907-1"): four digits or more, or hyphened groups, no amount after them. Said by the house length rule, the
     * hyphened groups one by one with a pause, never "three hundred and sixteen-…". Only in a sentence that speaks of
     * customs ({@link #CUSTOMS_WORDS}): "entry" and Spanish "entrada" are as often a ticket, a way in or a record
     * ("la entrada 3 del estadio", "compre su entrada 2400"), which keep their numbers.
     */
    private static final Pattern CUSTOMS_ENTRY = Pattern.compile("((?iu:entry|entrada))((?:[ \\u00A0]+(?:number|no\\.|#|número|n\\.º))?[ \\u00A0]*:?[ \\u00A0]*)"
            + "(\\d{4,12}|\\d{2,12}(?:-\\d{1,12}){1,3})(?![\\d\\p{L}]|[.,/-]\\d)" + NO_AMOUNT_AFTER);
    /** Words of a customs clearance, in either language, that make "entry"/"entrada" a customs entry. */
    private static final Set<String> CUSTOMS_WORDS = Set.of("customs", "duty", "duties", "tariff", "tariffs", "cbp", "broker", "brokers",
            "brokerage", "aduana", "aduanas", "aduanal", "aduanero", "aduanera", "arancel", "aranceles", "pedimento");
    /** How far around an entry's noun {@link #CUSTOMS_WORDS} are looked for, in characters, within its sentence. */
    private static final int CUSTOMS_CONTEXT_REACH = 160;

    private static int customsEntry(ReadContext ctx, int pos) {
        Matcher m = ctx.at(CUSTOMS_ENTRY, pos);
        if (!m.lookingAt() || yearShaped(m.group(3))) {
            return -1;
        }
        // The sentence around the noun, across an amount's decimal point ("duties of $1,250.40 on entry …").
        if (!ctx.anyWord(ctx.sentenceStart(pos, CUSTOMS_CONTEXT_REACH), ctx.sentenceEnd(m.end(), CUSTOMS_CONTEXT_REACH),
                CUSTOMS_WORDS::contains)) {
            return -1;
        }
        // A number sign between is said ("su entrada n.º 316-…", "entry #5204"), as after any reference's noun.
        String sign = m.group(2).replaceFirst("no\\.|#|n\\.º", ctx.es() ? "número " : "number ");
        ctx.append(m.group(1)).append(sign.replaceAll("[ \\u00A0]{2,}", " ")).append(code(ctx, m.group(3), false, false));
        return m.end();
    }

    /** "for example", "por ejemplo", a comma perhaps, right before a number. */
    private static final Pattern EXAMPLE_CUE_BEFORE = Pattern.compile("(?iu)(?<!\\p{L})(?:for[ \\u00A0]+example|por[ \\u00A0]+ejemplo),?[ \\u00A0]+$");
    /**
     * A run of four to twelve digits, or two to five printed groups of three to five (round sixty A: a Mexican folio's
     * first group of five, "48213 7709"), nothing glued after.
     */
    private static final Pattern EXAMPLE_NUMBER = Pattern.compile("(\\d{4,12}|\\d{3,5}(?:[ \\u00A0]\\d{3,5}){1,4})(?![\\d\\p{L}]|[.,]\\d|[ \\u00A0]\\d)");
    /**
     * Round sixty A: a sample's capitals before its digits, an owner's or a firm's code ("for example LKL 58213", "por
     * ejemplo TGHU 5520 1948", a container's owner code): two to four capitals and a space.
     */
    private static final Pattern EXAMPLE_CAPITALS = Pattern.compile("(\\p{Lu}{2,4})[ \\u00A0](?=\\d)");
    /** Words that may follow an example reference, not a counted noun: "for example 4417, or…", "por ejemplo 4417 y…". */
    private static final Set<String> AFTER_EXAMPLE = Set.of("and", "or", "to", "when", "if", "then", "before", "y", "o", "u", "e", "para",
            "cuando", "si", "antes");

    /**
     * Round fifty-eight: "su número de empleado de la empresa, por ejemplo …", "your member number, for example …": a
     * sentence that names a number by its holder's noun (any noun, singular: "número de personas" counts) names a
     * reference as {@link #KEYWORD_FIRST_WORDS} do, whatever complement follows the noun. English wants a possessive
     * before the noun ("a large number, for example 1200" is a count). Round sixty A: the possessive after "número de"
     * names the holder's number as well ("el número de su contenedor, por ejemplo …", "número de tu póliza"), the noun
     * after it read as after "su número de".
     */
    private static final Pattern NAMED_NUMBER = Pattern.compile("(?iu)(?<!\\p{L})(?:(?:(?:su|tu|mi|nuestro|vuestro)[ \\u00A0]+n[úu]mero[ \\u00A0]+de"
            + "|n[úu]mero[ \\u00A0]+de[ \\u00A0]+(?:su|tu|mi|nuestro|vuestro))[ \\u00A0]+(\\p{L}+)(?<![sS])"
            + "|(?:your|my|his|her|their|our)[ \\u00A0]+(\\p{L}+)[ \\u00A0]+number)(?!\\p{L})");

    /**
     * Whether the sentence before the cue names a number by its holder's noun ({@link #NAMED_NUMBER}); a phone's, a count's
     * or a room's noun names none ({@link #ES_NOT_AN_IDENTIFIED_NUMBER}, {@link #NOT_AN_IDENTIFIED_NUMBER}): the phone's
     * reader dials "su número de teléfono, por ejemplo …" as it always has.
     */
    private static boolean namesANumber(String t, int from, int to) {
        Matcher named = NAMED_NUMBER.matcher(t).region(from, to);
        while (named.find()) {
            String noun = (named.group(1) != null ? named.group(1) : named.group(2)).toLowerCase(Locale.ROOT);
            if (!ES_NOT_AN_IDENTIFIED_NUMBER.contains(noun) && !NOT_AN_IDENTIFIED_NUMBER.contains(noun)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Round fifty-six: "have your order number ready, for example, 4417", "tu número de cliente, por ejemplo 4417 2093": a
     * number after "for example"/"por ejemplo" in a sentence that names a reference before it (a reference's noun,
     * {@link #KEYWORD_FIRST_WORDS}, or "ID") is a sample of that reference, dictated as the reference is (one run by the
     * house length rule, printed groups one by one with a pause). A count or an amount after it ("for example, 12
     * people", "por ejemplo 1500 €"), a year and Spanish thousands printed apart ("150 000") keep their numbers.
     */
    static int exampleOfReference(ReadContext ctx, int pos) {
        String t = ctx.text;
        Matcher cue = pos < 12 ? null : EXAMPLE_CUE_BEFORE.matcher(t.substring(Math.max(0, pos - 18), pos));
        if (cue == null || !cue.find()) {
            return -1;
        }
        // A sample led by capitals (EXAMPLE_CAPITALS) is a code whatever its length; a currency's code before the digits
        // ("por ejemplo USD 1500") makes them an amount.
        Matcher capitals = Character.isUpperCase(t.charAt(pos)) ? ctx.at(EXAMPLE_CAPITALS, pos) : null;
        if (capitals != null && (!capitals.lookingAt() || Currencies.wordOrCode(capitals.group(1)))) {
            return -1;
        }
        Matcher m = ctx.at(EXAMPLE_NUMBER, capitals == null ? pos : capitals.end());
        if (!m.lookingAt()) {
            return -1;
        }
        String number = m.group(1);
        boolean groups = number.indexOf(' ') > 0 || number.indexOf('\u00A0') > 0;
        String next = ctx.nextWord(m.end());
        boolean wordAfter = m.end() < t.length() && t.charAt(m.end()) == ' ' && !next.isEmpty() && Character.isLetter(next.charAt(0));
        int cueStart = Math.max(0, pos - 18) + cue.start();
        int sentence = ctx.sentenceStart(cueStart, 160);
        if (ctx.es() && capitals == null && !groups && number.length() == 5 && QuantityReader.postalCodeNamed(ctx, sentence, cueStart)
                && !countedAfter(ctx, m.end()) && !ctx.at(AMOUNT_AFTER, m.end()).lookingAt()) {
            // Round eighty-three A: "marque su código postal, por ejemplo 28931": five digits offered as a sample of the
            // postal code the sentence names are one, dictated digit by digit as after "código postal" itself.
            ctx.append(ctx.speller.digits(number));
            return m.end();
        }
        // A lone run of four digits after a noun outside the reference words may be a place's, an extension's or the last
        // digits of a longer number, said as a number ("el número de apartamento, por ejemplo 1204"), and a run that is a
        // valid phone of the region is the phone reader's ("su número de línea, por ejemplo 305…"): five digits at least,
        // no phone, or printed groups for a noun that only "número de" names.
        boolean namedNumber = (groups || capitals != null || number.length() >= 5 && !PhoneReader.validForRegion(number, ctx.locale.region))
                && namesANumber(t, sentence, cueStart);
        // Spanish thousands printed apart ("250 000") keep their number, unless the sentence names the number and the
        // groups run to three or more with no round "000" at the end: "número de socio, por ejemplo 508 113 726".
        // Round eighty-three A: two groups of three too ("su número de cliente, por ejemplo 573 914"), a named number's
        // halves; a smaller first group ("15 500") or a round end ("250 000") still reads as thousands.
        boolean spanishThousands = groups && ctx.es() && thousandsShaped(number)
                && !(namedNumber && !number.endsWith("000") && (number.split("[ \\u00A0]").length >= 3 || number.matches("\\d{3}[ \\u00A0]\\d{3}")));
        if (!groups && capitals == null && yearShaped(number) || spanishThousands || countedAfter(ctx, m.end())
                || wordAfter && !AFTER_EXAMPLE.contains(next.toLowerCase(Locale.ROOT)) || ctx.at(AMOUNT_AFTER, m.end()).lookingAt()) {
            return -1;
        }
        if (!namedNumber && !ctx.anyWord(sentence, cueStart, w -> KEYWORD_FIRST_WORDS.contains(w) || ID_WORDS.contains(w))) {
            return -1;
        }
        if (capitals != null) {
            // Spelt, then its digits one by one, as a lettered code's are: one group in one run ("L K L five eight two one
            // three"); printed groups with a pause between, after the capitals too in English as TokenScanner's lettered
            // groups ("B B, four four seven one, …", round twenty B), none after them in Spanish, as a container's code is
            // ("T G H U cinco cinco dos cero, uno nueve…").
            String written = number.replace('\u00A0', ' ');
            ctx.append(!groups ? dictated(ctx, capitals.group(1)) + " " + ctx.speller.digits(number)
                    : ctx.es() ? dictated(ctx, capitals.group(1)) + " " + dictated(ctx, written) : dictated(ctx, capitals.group(1) + " " + written));
            return m.end();
        }
        ctx.append(groups ? dictated(ctx, number.replace('\u00A0', ' ')) : group(ctx, number));
        return m.end();
    }

    /** {@link #ID_GROUPS} at {@code pos}, which the caller has seen is "ID" or "PIN" followed by a space or a colon. */
    static int identifierGroups(ReadContext ctx, int pos) {
        if (ctx.text.startsWith("ISBN", pos)) {
            Matcher isbn = ctx.at(ISBN, pos);
            // Spanish takes the spaced print only: a hyphened one keeps the older hyphen rules' reading, which a Proteno
            // tuning reference ("ISBN 0-231-11013-8", read as numbers) holds the ratchet to.
            if (!isbn.lookingAt() || ctx.es() && isbn.group(2).indexOf('-') >= 0 || !isbnChecks(isbn.group(2).replaceAll("[- \\u00A0]", ""))) {
                return -1;
            }
            ctx.append(ctx.es() ? "ISBN" : "I S B N").append(isbn.group(1)).append(dictated(ctx, isbn.group(2)));
            return isbn.end();
        }
        Matcher m = ctx.at(ID_GROUPS, pos);
        if (!m.lookingAt()) {
            Matcher run = ctx.text.startsWith("ID", pos) ? ctx.at(ID_RUN, pos) : null;
            if (run == null || !run.lookingAt()) {
                return -1;
            }
            ctx.append("I D").append(run.group(1)).append(group(ctx, run.group(2)));
            return run.end();
        }
        String groups = m.group(3);
        int lastSpace = Math.max(groups.lastIndexOf(' '), groups.lastIndexOf('\u00A0'));
        String after = groups.length() - lastSpace - 1 == 2 ? ctx.nextWord(m.end()) : "";
        if (!after.isEmpty() && Character.isLowerCase(after.charAt(0)) && !NO_COUNTED_NOUN.contains(after)) {
            return -1; // "PIN 4471 20 times": a last group of two before a noun is a count, not part of the code
        }
        ctx.append(m.group(1).equals("ID") ? "I D" : "PIN").append(m.group(2)).append(dictated(ctx, groups));
        return m.end();
    }

    /**
     * A lettered head and printed groups of digits ("JD0148 3372 9051", "QT40681 2294"): a parcel's or an item's number,
     * eight digits or more in all ({@link #read} counts them), so "BA117 1200" stays a flight and a count.
     */
    private static final Pattern LETTERED_GROUPS = Pattern.compile("(\\p{Lu}{1,3}\\d{3,6}(?:[ \\u00A0]\\d{3,5}){1,5})(?![\\d\\p{L}]|[.,]\\d)");

    /** A British plate of the current format (two capitals, the age digits, a space, three capitals: "LN21 OXD"), English. */
    private static final Pattern UK_PLATE = Pattern.compile("([A-Z]{2})(\\d{2})[ \\u00A0]([A-Z]{3})(?![\\d\\p{L}])");

    /**
     * Round twenty-six B: "Error 404", "status 503", "error: 1603": a number of three to five digits after "error" or
     * "status" (a colon perhaps between; a status's code has three) is a code read off a screen, dictated digit by digit
     * with "zero" as every code is ("four zero four"; "error code 503" already was); "404 errors were logged" counts.
     */
    private static final Pattern EN_ERROR_NUMBER = Pattern.compile("((?i:error|status)[ \\u00A0]*:?[ \\u00A0]+)(\\d{3,5})(?![\\d\\p{L}]|[.,/:-]\\d|%)");

    /** Articles that name one error before its code: "el error 1102", "del error 503", "al error 2207". */
    private static final Set<String> ES_ARTICLES_BEFORE_ERROR = Set.of("el", "del", "al");

    /** A currency after a number ("1500 pesos", "200 USD"): the number is an amount, not an error's code. */
    private static final Pattern AMOUNT_AFTER = Pattern.compile("[ \\u00A0]*(?:" + Currencies.ANY + ")(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** "K–5", "K-12": kindergarten to a grade, a hyphen or an en dash between, nothing glued after. */
    private static final Pattern GRADE_RANGE = Pattern.compile("K[-–](1[0-2]|[1-9])(?![\\d\\p{L}]|[.,]\\d)");

    /**
     * Round twenty-six B: "Grades K–5", "grade K-8": after "grade" or "grades" a span from kindergarten is a range of
     * grades, "K to five" (it was "K–five", or "K five" as a visa's "J-1"); "K-12 schools" with no such word keeps its
     * name, "K twelve".
     */
    private static int gradeRange(ReadContext ctx, int pos) {
        String before = ctx.previousWord(pos).toLowerCase(Locale.ROOT);
        if (!before.equals("grade") && !before.equals("grades")) {
            return -1;
        }
        Matcher m = ctx.at(GRADE_RANGE, pos);
        if (!m.lookingAt()) {
            return -1;
        }
        ctx.append("K to ").append(ctx.speller.cardinal(m.group(1), Gender.NEUTRAL));
        return m.end();
    }

    /**
     * An interstate highway: "I-95", "I-405" (English), said "I ninety five", "I two eighty five", no hyphen left; round
     * thirty-nine B: a capital glued after it too, a branch's ("I-35E") or a USCIS form's ("I-797C", "I seven ninety seven C").
     */
    private static final Pattern INTERSTATE = Pattern.compile("I-(\\d{1,3})(\\p{Lu})?(?![\\d\\p{L}]|[.,-]\\d)");
    /**
     * Round thirty-nine B: a US form named by a capital or two, a hyphen, one to three digits and perhaps a capital after
     * "Form" ("Form G-325A", "Form N-400", "Form I-129F"), as USCIS's forms are.
     */
    private static final Pattern EN_LETTERED_FORM = Pattern.compile("([Ff]orm)[ \\u00A0]+(\\p{Lu}{1,2})-(\\d{1,3})(\\p{Lu})?(?![\\d\\p{L}]|[.,/-][\\dA-Za-z])");

    /** Two or three capitals glued to a round thousand ("CP3000", "DS5000"), nothing glued after. */
    private static final Pattern CAPITALS_ROUND_THOUSAND = Pattern.compile("(\\p{Lu}{2,3})([1-9]000)(?![\\d\\p{L}]|[.,]\\d)");

    /**
     * Round seventy-nine A: a notice's or a form's code, capitals glued to a round thousand, named by its noun: after it in
     * Spanish ("un aviso CP3000", "el formulario DS5000"), before it in English, after a form's determiner ("a CP4000
     * letter", "the TX3000 form"). The capitals are spelt and the thousand said as the number it is, "C P tres mil",
     * "T X three thousand", as the agency's staff say the notice's name; glued to the digits after a noun "CP" is no
     * postal code's sign ("el CP 5000", "C.P. 06600" keep theirs: no noun before them, or the digits apart). A key's
     * capitals ("PIN") or a key's noun before them, and any number but a round thousand ("CP2015"), keep the code rules.
     * Returns the end, or -1.
     */
    private static int noticeOfRoundThousand(ReadContext ctx, int pos) {
        String t = ctx.text;
        if (pos == 0 || t.charAt(pos - 1) != ' ') {
            return -1;
        }
        Matcher m = ctx.at(CAPITALS_ROUND_THOUSAND, pos);
        if (!m.lookingAt() || KEY_NOUN_WORD.matcher(m.group(1)).matches()) {
            return -1;
        }
        String before = ctx.previousWord(pos);
        boolean named;
        if (ctx.es()) {
            named = !before.isEmpty() && Character.isLowerCase(before.charAt(0)) && !KEY_NOUN_WORD.matcher(before).matches()
                    && Vocabulary.spanishNounGender(before) != Gender.NEUTRAL;
        } else {
            String after = ctx.nextWord(ReadContext.spacesEnd(t, m.end()));
            named = FORM_DETERMINERS.contains(before.toLowerCase(Locale.ROOT)) && m.end() < t.length() && t.charAt(m.end()) == ' '
                    && after.length() >= 3 && after.chars().allMatch(Character::isLowerCase);
        }
        if (!named) {
            return -1;
        }
        ctx.append(Initialisms.spelt(m.group(1))).append(' ').append(ctx.speller.cardinal(m.group(2), Gender.NEUTRAL));
        return m.end();
    }

    /**
     * A name of capitals and a number ("I-405", "G-325A"): the capitals spelt, three digits in pairs as a road's number is
     * ("seven ninety seven", "four hundred"), fewer said as a number, a capital after them spelt, no hyphen left.
     */
    private static String letteredName(ReadContext ctx, String letters, String number, String suffix) {
        StringBuilder sb = new StringBuilder(Initialisms.spelt(letters)).append(' ')
                .append(number.length() == 3 ? UsAddresses.inPairs(ctx.speller, Integer.parseInt(number)) : ctx.speller.cardinal(number, Gender.NEUTRAL));
        if (suffix != null) {
            sb.append(' ').append(suffix);
        }
        return sb.toString();
    }

    @Override
    public int read(ReadContext ctx, int pos) {
        boolean capital = Character.isUpperCase(ctx.text.charAt(pos)); // standards and lettered codes start with one
        // Every capital-led code pattern below (a standard, an IBAN, a lettered, model, fault or container code, a plate)
        // needs its leading letters followed by a digit, a hyphen or a slash, or a space and a digit ("ISO 9001"): most
        // capitalised words ("Hola", "Corp.") are none, and skip those patterns.
        boolean codeShaped = capital && codeAfterLetters(ctx.text, pos);
        // The number-sign patterns all start with "#", "n" or "N" ("#12345", "n.º", "núm.", "No.").
        char at = ctx.text.charAt(pos);
        boolean numberSign = at == '#' || at == 'n' || at == 'N';
        // The keyword patterns are long alternations tried at every token: only a token that is one of their first words
        // can start them (a word-set lookup instead of trying each alternative).
        String letters = ctx.nextWord(pos);
        String token = letters.toLowerCase(Locale.ROOT);
        boolean keyword = KEYWORD_FIRST_WORDS.contains(token) || SERIAL_NOUNS.contains(token) || ctx.es() && ID_WORDS.contains(token)
                || ctx.es() && token.equals("código") && ctx.at(HOLDERS_CODE, pos).lookingAt();
        // Every rule below is tried only behind one of these (a code's shape, a number sign, an "I-" or one of the rules'
        // first words): most words near a digit ("calling", "your") are none, and leave before thirty guards are asked.
        // A document's initialism may stand before a number sign ("BOL #55120"), no code's shape: a set lookup, capitals only.
        boolean documentInitialism = capital && !ctx.es() && DOCUMENT_INITIALISMS.contains(letters);
        Matcher registration = codeShaped && (ctx.es() ? REGISTRATION_WORDS : EN_REGISTERED_CRAFT).contains(ctx.previousWord(pos).toLowerCase(Locale.ROOT))
                ? ctx.at(LETTERS_DIGITS_LETTERS, pos) : null;
        if (registration != null && registration.lookingAt()) {
            // Round thirty-three: "número TX 4417 BK", "registro FL 2093 KR": a boat's or a vehicle's registration (a US
            // state's code, digits, capitals) after its word is dictated as a plate is, "T X cuatro cuatro uno siete B K",
            // never "cuatro mil cuatrocientos diecisiete".
            ctx.append(dictatedInOneRun(ctx, registration.group(1)));
            return registration.end();
        }
        Matcher groupsAfterNumber = registration != null && ctx.previousWord(pos).equalsIgnoreCase("número")
                ? ctx.at(NUMBERED_LETTERED_GROUPS, pos)
                : ctx.es() && codeShaped ? ctx.at(LETTERED_FOUR_DIGIT_GROUPS, pos) : null;
        Matcher capitalsThenGroups = groupsAfterNumber != null && groupsAfterNumber.lookingAt()
                ? CAPITALS_THEN_DIGIT_GROUPS.matcher(groupsAfterNumber.group()) : null;
        if (capitalsThenGroups != null && capitalsThenGroups.matches() && !thousandsShaped(capitalsThenGroups.group(2))
                && !countedAfter(ctx, groupsAfterNumber.end())) {
            // Round seventy-one C: "rastréela con el número GL 5306 9184": capitals and printed digit groups after
            // "número" are a tracking code, read as after "código" (round sixty-four A: "T X cuatro cuatro siete uno, ocho
            // ocho dos cero"), never thousands; groups printed as thousands ("número MX 150 000") are left to the others.
            appendCapitalsThenGroups(ctx, capitalsThenGroups);
            return groupsAfterNumber.end();
        }
        // Round thirty-five: Spanish "muestra el error 1102", the error named by its article, is a code off a screen as
        // well, "uno uno cero dos"; a bare "error 404" is still counted (round twenty-six B's Spanish reading), and "por
        // error 1500 pesos" (by mistake, an amount) is none.
        boolean errorCode = token.equals("error") && (!ctx.es() || ES_ARTICLES_BEFORE_ERROR.contains(ctx.previousWord(pos).toLowerCase(Locale.ROOT)));
        Matcher status = errorCode || !ctx.es() && token.equals("status") ? ctx.at(EN_ERROR_NUMBER, pos) : null;
        if (status != null && status.lookingAt() && (token.equals("error") || status.group(2).length() == 3)
                && !(ctx.es() && ctx.at(AMOUNT_AFTER, status.end()).lookingAt())) {
            // Round seventy-one C: Spanish says an error's three digits as the number the length rule makes of them ("el
            // error 512", "quinientos doce", as a code's three digits are said anywhere); four or more stay dictated.
            String number = status.group(2);
            ctx.append(status.group(1)).append(ctx.es() && number.length() == 3 ? group(ctx, number) : ctx.speller.digits(number));
            return status.end();
        }
        if (at == 'K' && !ctx.es()) {
            int grades = gradeRange(ctx, pos);
            if (grades > pos) {
                return grades;
            }
        }
        int entry = token.equals(ctx.es() ? "entrada" : "entry") ? customsEntry(ctx, pos) : -1;
        if (entry > pos) {
            return entry;
        }
        Matcher lotRange = !ctx.es() && token.equals("lots") ? ctx.at(EN_LOT_RANGE, pos) : null;
        if (lotRange != null && lotRange.lookingAt() && Units.find(ctx.nextWord(lotRange.end())) == null
                && !Currencies.wordOrCode(ctx.nextWord(lotRange.end()))) {
            // Round sixty-seven A: "lots 5207 to 5242", "lots 6120-6135": both ends of a range of four-digit lots are lots,
            // each dictated as round forty's single "lot 5127" is, never "five thousand two hundred…"; a dash between them
            // is said "to". Short lots ("lots 12 to 40") stay numbers and "lots of 500" is a count (no digits after "lots").
            String joiner = lotRange.group(3).trim();
            ctx.append(lotRange.group(1)).append(code(ctx, lotRange.group(2), false))
                    .append(joiner.equals("-") || joiner.equals("–") ? " to " : lotRange.group(3))
                    .append(code(ctx, lotRange.group(4), false));
            return lotRange.end();
        }
        if (!codeShaped && !numberSign && at != 'I' && !documentInitialism && !RULE_FIRST_WORDS.contains(token)) {
            return -1;
        }
        int notice = codeShaped ? noticeOfRoundThousand(ctx, pos) : -1; // "un aviso CP3000", "a CP4000 letter"
        if (notice > pos) {
            return notice;
        }
        int asWritten = codeShaped && ctx.es() ? Initialisms.readSpanishAsWritten(ctx, pos) : -1; // "la AP-7", "cuenta CLABE 0147 2290 …"
        if (asWritten > pos) {
            return asWritten;
        }
        int sample = codeShaped ? exampleOfReference(ctx, pos) : -1; // "for example LKL 58213", after a reference's noun
        if (sample > pos) {
            return sample;
        }
        int key = codeShaped ? spanishGluedKey(ctx, pos) : -1; // "el código de recogida es K4T72"
        if (key > pos) {
            return key;
        }
        int airlineFile = numberSign || codeShaped ? airlineFile(ctx, pos, codeShaped) : -1;
        if (airlineFile > pos) {
            return airlineFile;
        }
        Matcher interstate = !ctx.es() && ctx.text.charAt(pos) == 'I' && (pos == 0 || !Character.isLetterOrDigit(ctx.text.charAt(pos - 1)))
                ? ctx.at(INTERSTATE, pos) : null;
        if (interstate != null && interstate.lookingAt()) {
            // "I-405" in pairs, as a highway is said: "I four oh five"; "I-797C", "I seven ninety seven C".
            ctx.append(letteredName(ctx, "I", interstate.group(1), interstate.group(2)));
            return interstate.end();
        }
        Matcher mercosur = ctx.es() && token.equals("patente") ? ctx.at(ARGENTINE_PLATE, pos) : null;
        if (mercosur != null && mercosur.lookingAt()) {
            // "patente AB 123 CD", "patente ABC 123": an Argentine plate (Mercosur or the older shape), dictated; any other
            // "patente" (a patent's number, "patente US 5123") is left to the other readers.
            ctx.append(mercosur.group(1)).append(' ').append(dictatedInOneRun(ctx, mercosur.group(2)));
            return mercosur.end();
        }
        Matcher letteredLot = ctx.es() && token.equals("lote") ? ctx.at(ES_LETTERED_LOT, pos) : null;
        if (letteredLot != null && letteredLot.lookingAt()) {
            // Round eighty-three A: "retiramos el jarabe del lote KR 7104": a lot's capitals and its one group of digits are
            // one code, said in one run as "código CPT 99214" is ("K R siete uno cero cuatro"), never a currency ("KR"
            // is a krona's sign) or thousands.
            ctx.append(letteredLot.group(1)).append(dictatedInOneRun(ctx, letteredLot.group(2)));
            return letteredLot.end();
        }
        Matcher printed = keyword || token.equals("serial") || CODE_CUES.contains(token) ? ctx.at(KEYWORD_PRINTED_CODE, pos) : null;
        if (printed != null && printed.lookingAt()
                && (!CODE_CUES.contains(printed.group(1).toLowerCase(Locale.ROOT)) || CUED_LETTERED_GROUPS.matcher(printed.group(3)).matches()
                    || ctx.es() && ES_CUED_LETTERED_SERIAL.matcher(printed.group(3)).matches())) {
            keyword(ctx, printed);
            // Round sixty-four A: Spanish spells the capitals straight into the first digit group ("T K cinco cinco uno
            // dos, cero cero nueve tres"), as its postal items and the example codes are read; the pause is between groups.
            Matcher lettered = ctx.es() && CAPITALS_INTO_GROUPS_CUES.contains(printed.group(1).toLowerCase(Locale.ROOT))
                    ? CAPITALS_THEN_DIGIT_GROUPS.matcher(printed.group(3)) : null;
            if (lettered != null && lettered.matches()) {
                appendCapitalsThenGroups(ctx, lettered);
                return printed.end();
            }
            // Round thirty-two B: "invoice INV 77315", "order SO 40912": capitals and one group of digits are one code, said in
            // one run as a plate's or "PRO 48213" is; the space after the capitals is no printed group's pause.
            // Round seventy A: so does Spanish after "código" ("código CPT 99214", "C P T nueve nueve dos uno cuatro").
            boolean oneGroup = (!ctx.es() || CODE_CUES.contains(printed.group(1).toLowerCase(Locale.ROOT)))
                    && CAPITALS_ONE_GROUP.matcher(printed.group(3)).matches();
            Matcher named = ctx.es() ? CAPITALS_THEN_DIGIT_GROUPS_OR_ONE.matcher(printed.group(3)) : null;
            if (named != null && named.matches() && (ES_CARRIER_NAMES.contains(named.group(1))
                    || oneGroup && Initialisms.EN_SAID_AS_WORDS.contains(named.group(1)))) {
                // Round seventy-four J: a carrier's name before a tracking number's groups ("guía DHL 3308 6614 9902") is
                // the carrier, said as its name and never spelt, the code being the digits; "código ZIP 77019" says
                // "ZIP" as the English word it is (English text does), the five digits dictated.
                appendNameThenGroups(ctx, named.group(1), named.group(2));
                return printed.end();
            }
            ctx.append(oneGroup ? dictatedInOneRun(ctx, printed.group(3)) : dictated(ctx, printed.group(3)));
            return printed.end();
        }
        Matcher taxId = capital && TAX_ID_WORDS.contains(ctx.nextWord(pos)) ? ctx.at(TAX_ID, pos) : null;
        if (taxId != null && taxId.lookingAt()) {
            if (ctx.es()) {
                ctx.append(taxId.group(1));
            } else {
                // Round twenty-two B: English says the taxpayer number's name letter by letter, as it says "S S N ending",
                // "TIN" and "EIN" included (no caller says "tin"), and a sign after it as "number".
                String verb = taxId.group(4).strip(); // "is", ":" or nothing; a glued "#84-…" still needs its space
                ctx.append(Initialisms.spelt(taxId.group(2))).append(taxId.group(3) != null ? " number" : "")
                        .append(verb.isEmpty() || verb.startsWith(":") ? verb : " " + verb).append(' ');
            }
            ctx.append(dictated(ctx, taxId.group(5)));
            return taxId.end();
        }
        Matcher waybill = letters.equals("AWB") ? ctx.at(AIR_WAYBILL, pos) : null;
        if (waybill != null && waybill.lookingAt()) {
            ctx.append(ctx.es() ? "AWB" : Initialisms.spelt("AWB"))
                    .append(waybill.group(1) != null ? (ctx.es() ? " número " : " number ") : " ")
                    .append(dictated(ctx, waybill.group(2).replace('\u00A0', ' ')));
            return waybill.end();
        }
        Matcher document = documentInitialism ? ctx.at(DOCUMENT_NUMBER, pos) : null;
        if (document != null && document.lookingAt() && (document.group(3).length() >= 5
                || document.group(3).length() == 4 && ORDER_INITIALISMS.contains(letters) && !countedAfter(ctx, document.end()))) {
            // Round twenty B: "BOL 55120", "RMA 30917": a document's or an account's initialism names the number after it,
            // a code with letters, so five digits are dictated as six are ("B O L five five one two zero"), never a count;
            // a number sign between says "number" and changes nothing else ("AWB #72046", round twenty-two B).
            ctx.append(Initialisms.spelt(document.group(1))).append(document.group(2) != null ? " number " : " ")
                    .append(ctx.speller.digits(document.group(3)));
            return document.end();
        }
        Matcher plate = ctx.es() && PLATE_WORDS.contains(token) ? ctx.at(PLATE, pos) : null;
        if (plate != null && plate.lookingAt()) {
            // "matrícula 4821 KLM", "placa ABC-123-D": a licence plate is read as it is written down, digit by digit,
            // its letters spelt ("cuatro ocho dos uno K L M").
            ctx.append(plate.group(1)).append(' ').append(dictatedInOneRun(ctx, plate.group(2)));
            return plate.end();
        }
        Matcher enPlate = !ctx.es() && EN_PLATE_WORDS.contains(token) ? ctx.at(EN_PLATE, pos) : null;
        if (enPlate != null && enPlate.lookingAt()) {
            // Round twelve B: "plate LMN 2204", "registration HBN 7126", "your reg as TWX 884": capitals then digits after a
            // plate's word are a plate, dictated as the Spanish "matrícula 4821 KLM" is ("L M N two two zero four"), never
            // a quantity ("two thousand two hundred and four").
            ctx.append(enPlate.group(1)).append(' ').append(dictatedInOneRun(ctx, enPlate.group(2)));
            return enPlate.end();
        }
        Matcher ref = !ctx.es() && token.equals("ref") && letters.length() == 3 ? ctx.at(EN_REF_BEFORE_CODE, pos) : null;
        if (ref != null && ref.lookingAt()) {
            // Round twelve B: "Ref: YW/448102", "booking ref GH-21764": before a code the abbreviation is said as the word it
            // stands for, as "ref." already was and Spanish "Ref." is ("referencia"); "the ref sent him off" keeps its word.
            ctx.append(Character.isUpperCase(ctx.text.charAt(pos)) ? "Reference" : "reference");
            return pos + 3;
        }
        Matcher ralColour = codeShaped && letters.equals("RAL") ? ctx.at(RAL_COLOUR, pos) : null;
        if (ralColour != null && ralColour.lookingAt()) {
            // Round eighty-five A: a RAL colour's four digits are its name, dictated as painters and coaters read the card
            // ("R A L nine zero one zero", "RAL siete cero uno seis"), never "nine thousand ten" as a standard's number is.
            // English spells the capitals as Initialisms does any other; Spanish keeps them as its capitals are read.
            ctx.append(ctx.es() ? ralColour.group(1) : Initialisms.spelt(ralColour.group(1))).append(' ')
                    .append(ctx.speller.digits(ralColour.group(2)));
            return ralColour.end();
        }
        Matcher s = codeShaped ? ctx.at(STANDARD, pos) : null;
        if (s != null && s.lookingAt() && !hyphenedSerial(ctx, pos, s)) {
            ctx.append(s.group(1).replace('/', ' ').replace('-', ' ')).append(' ').append(standardNumber(ctx, s.group(2)));
            if (s.group(3) != null) {
                ctx.append(' ').append(standardNumber(ctx, s.group(3)));
            }
            if (s.group(4) != null) {
                ctx.append(' ').append(ctx.speller.year(Integer.parseInt(s.group(4))));
            }
            return s.end();
        }
        Matcher iban = codeShaped ? ctx.at(IBAN, pos) : null;
        // After the word "IBAN" the label says what it is, whatever its check digits (round seven B).
        if (iban != null && iban.lookingAt() && (ibanChecks(iban.group(1)) || ctx.previousWord(pos).equals("IBAN"))) {
            ctx.append(dictated(ctx, iban.group(1)));
            return iban.end();
        }
        Matcher letteredGroups = codeShaped ? ctx.at(LETTERED_GROUPS, pos) : null;
        if (letteredGroups != null && letteredGroups.lookingAt() && digitCount(letteredGroups.group(1)) >= 8) {
            // Round sixteen B: "parcel JD0148 3372 9051" is dictated group by group, as it is printed, never as thousands.
            ctx.append(dictated(ctx, letteredGroups.group(1)));
            return letteredGroups.end();
        }
        char first = Character.toLowerCase(ctx.text.charAt(pos));
        Matcher service = first == 't' || first == (ctx.es() ? 'v' : 'f') ? ctx.at(ctx.es() ? ES_SERVICE : EN_SERVICE, pos) : null;
        if (service != null && service.lookingAt()) {
            ctx.append(service.group(1)).append(' ');
            if (service.group(2) != null) {
                ctx.append(dictated(ctx, service.group(2))).append(' '); // a carrier code is spelt: "I B", "Y cuatro", "B A"
            } else if (service.group(3) != null && ICAO_AIRLINE.matcher(service.group(3)).matches()
                    && !service.group(1).regionMatches(true, 0, "t", 0, 1)) {
                // Round twenty-nine: a flight's three-letter airline code (ICAO: "flight EZY 8431", "vuelo VLG 1204") is
                // spelt as the two-letter one is ("E Z Y"); a train's capitals stay its service's name ("tren AVE 3142").
                ctx.append(Initialisms.spelt(service.group(3))).append(' ');
            } else if (service.group(3) != null) {
                ctx.append(service.group(3)).append(' '); // a service's name is said: "AVE", "Alvia"
            }
            String number = service.group(4);
            // Round sixty-five A: an English flight's two digits after its airline's code are said as a number ("flight BA
            // 62", "B A sixty two"), as the house length rule says one to three digits and as airlines announce them; longer
            // numbers, a zero-led one, Spanish and a train keep their digits.
            boolean twoDigitFlight = !ctx.es() && (service.group(2) != null || service.group(3) != null && ICAO_AIRLINE.matcher(service.group(3)).matches())
                    && !service.group(1).regionMatches(true, 0, "t", 0, 1) && number.length() == 2 && number.charAt(0) != '0';
            ctx.append(twoDigitFlight ? ctx.speller.cardinal(number, Gender.NEUTRAL) : ctx.speller.digits(number));
            return service.end();
        }
        Matcher letteredForm = first == 'f' && !ctx.es() ? ctx.at(EN_LETTERED_FORM, pos) : null;
        if (letteredForm != null && letteredForm.lookingAt()
                && (letteredForm.group(1).charAt(0) == 'F' || FORM_DETERMINERS.contains(ctx.previousWord(pos).toLowerCase(Locale.ROOT)))) {
            // Round thirty-nine B: "your Form I-797C", "Form G-325A", "Form N-400": a form's capitals spelt and its number in
            // pairs, as USCIS's forms are said ("I seven ninety seven C", "G three twenty five A", "N four hundred") and as
            // "I-130" already was (the interstate's reading), never "G-three hundred and twenty five A".
            ctx.append(letteredForm.group(1)).append(' ')
                    .append(letteredName(ctx, letteredForm.group(2), letteredForm.group(3), letteredForm.group(4)));
            return letteredForm.end();
        }
        Matcher form = first == 'f' && !ctx.es() ? ctx.at(EN_FORM_NUMBER, pos) : null;
        if (form != null && form.lookingAt() && (form.group(1).charAt(0) == 'F' || FORM_DETERMINERS.contains(ctx.previousWord(pos).toLowerCase(Locale.ROOT)))) {
            // Round twenty-nine: "Form 4868", "your form 8821": a form's four digits are its name, said as a year is, as the
            // house reads "Form 1040-ES" ("ten forty E S") and the IRS says its forms ("forty eight sixty eight"), never
            // "four thousand eight hundred…"; a lower-case "form" needs a determiner ("we form 2000 teams" counts).
            ctx.append(form.group(1)).append(' ').append(ctx.speller.year(Integer.parseInt(form.group(2))));
            return form.end();
        }
        if (ctx.es() && (ES_NUMBER_ID_FIRST_WORDS.contains(token)
                && (token.equals("número") || ctx.nextWord(pos + token.length()).equalsIgnoreCase("número")
                        || ctx.at(NUMBER_SIGN_OF_NOUN, ReadContext.blanksEnd(ctx.text, pos + token.length())).lookingAt())
                || numberSign && ctx.at(NUMBER_SIGN_OF_NOUN, pos).lookingAt())) {
            int end = numberId(ctx, pos);
            if (end > pos) {
                return end;
            }
        }
        if (ctx.es()) {
            int lead = pos + letters.length();
            Matcher groups = codeShaped && lead < ctx.text.length() && TokenScanner.isDigit(ctx.text.charAt(lead))
                    && (pos == 0 || !Character.isLetterOrDigit(ctx.text.charAt(pos - 1)) && ctx.text.charAt(pos - 1) != '-') ? ctx.at(ES_MIXED_GROUPS, pos) : null;
            if (groups != null && groups.lookingAt()) {
                ctx.append(dictated(ctx, groups.group(1)));
                return groups.end();
            }
            Matcher mixed = codeShaped && (pos == 0 || !Character.isLetterOrDigit(ctx.text.charAt(pos - 1))) ? ctx.at(ES_LETTERED_ALNUM, pos) : null;
            // "PG-20K", "CX-45W" (round eight D): a model code, as in English ("ZT-45G"), its number said ("P G veinte K").
            if (mixed != null && mixed.lookingAt() && !ctx.at(MODEL_CODE, pos).lookingAt()) {
                ctx.append(dictated(ctx, mixed.group(1)));
                return mixed.end();
            }
            Matcher alnum = keyword ? ctx.at(ES_KEYWORD_ALNUM, pos) : null;
            if (alnum != null && alnum.lookingAt()) {
                keyword(ctx, alnum);
                ctx.append(dictated(ctx, alnum.group(3)));
                return alnum.end();
            }
            alnum = numberSign ? ctx.at(MARKED_ALNUM, pos) : null;
            if (alnum != null && alnum.lookingAt()) {
                ctx.append("número ").append(dictated(ctx, alnum.group(1)));
                return alnum.end();
            }
        }
        boolean nounBeforeSign = at == '#' && EN_NOUNS_BEFORE_SIGN.contains(ctx.previousWord(pos).toLowerCase(Locale.ROOT));
        Matcher enMarkedAlnum = !ctx.es() && at == '#' && (nounBeforeSign || "US".equals(ctx.locale.region)) ? ctx.at(MARKED_ALNUM, pos) : null;
        if (enMarkedAlnum != null && enMarkedAlnum.lookingAt() && (nounBeforeSign || usSignGluedToCode(ctx, pos, enMarkedAlnum.group(1)))) {
            // Round twenty-nine: "confirmation #QX7T2M", "booking #R7TM4Q": a "#" between a code's noun and a code mixing
            // capitals and digits is "number", as before digits ("order #4471"), never the keypad's "hash"; the code is
            // dictated as written.
            ctx.append("number ").append(dictatedInOneRun(ctx, enMarkedAlnum.group(1)));
            return enMarkedAlnum.end();
        }
        int hyphened = codeShaped ? hyphenedCode(ctx, pos) : -1;
        if (hyphened > pos) {
            return hyphened;
        }
        Matcher enMixed = !ctx.es() && codeShaped && (pos == 0 || !Character.isLetterOrDigit(ctx.text.charAt(pos - 1)))
                ? ctx.at(EN_LETTERED_ALNUM, pos) : null;
        if (enMixed != null && enMixed.lookingAt() && !ctx.at(MODEL_CODE, pos).lookingAt()) { // "ZT-45G" is a model code
            // "code PL-88ZQ3" (round five I): capitals, a hyphen and a run mixing digits and capitals are dictated as
            // written, the hyphen unsaid as in a model code: "P L eight eight Z Q three".
            ctx.append(dictatedInOneRun(ctx, enMixed.group(1)));
            return enMixed.end();
        }
        boolean tokenStart = pos == 0 || !Character.isLetterOrDigit(ctx.text.charAt(pos - 1)) && ctx.text.charAt(pos - 1) != '-';
        int lettersEnd = pos + letters.length();
        Matcher slashed = codeShaped && tokenStart && lettersEnd < ctx.text.length() && ctx.text.charAt(lettersEnd) == '/'
                ? ctx.at(SLASHED_LETTERS, pos) : null;
        if (slashed != null && slashed.lookingAt()) {
            String digits = slashed.group(2); // "HR/2026": a year after the slash is said as one
            ctx.append(Initialisms.codeLetters(ctx, slashed.group(1))).append(ctx.es() ? " barra " : " slash ")
                    .append(yearShaped(digits) ? ctx.speller.year(Integer.parseInt(digits)) : ctx.speller.digits(digits));
            return slashed.end();
        }
        Matcher glued = codeShaped && tokenStart && lettersEnd < ctx.text.length() && TokenScanner.isDigit(ctx.text.charAt(lettersEnd))
                ? ctx.at(ctx.es() ? GLUED_HEAD_CODE : EN_GLUED_HEAD_CODE, pos) : null;
        if (glued != null && glued.lookingAt()) {
            ctx.append(dictatedInOneRun(ctx, glued.group(1)));
            return glued.end();
        }
        Matcher yearHead = glued != null && ctx.es() ? ctx.at(ES_YEAR_HEAD_CODE, pos) : null;
        if (yearHead != null && yearHead.lookingAt()) {
            ctx.append(dictated(ctx, yearHead.group(1)));
            return yearHead.end();
        }
        Matcher plateShape = ctx.es() && codeShaped && tokenStart && pos + 2 < ctx.text.length() && ctx.text.charAt(pos + 2) == ' '
                ? ctx.at(MERCOSUR_PLATE, pos) : null;
        if (plateShape != null && plateShape.lookingAt() && vehicleBefore(ctx, pos)) {
            ctx.append(dictatedInOneRun(ctx, plateShape.group()));
            return plateShape.end();
        }
        Matcher roundModel = codeShaped && tokenStart && ctx.es() && ctx.previousWord(pos).equalsIgnoreCase("modelo")
                ? ctx.at(ROUND_MODEL_CODE, pos) : null;
        if (roundModel != null && roundModel.lookingAt() && !saidAsWord(ctx, roundModel.group(1))) {
            // Round sixty-two B (a house decision, measured): "modelo KR-500", "modelo VT-2000": a model's round hundreds or
            // thousands are its name said as a number, as the maker's advertising says it ("T X trescientos").
            ctx.append(Initialisms.spelt(roundModel.group(1))).append(' ').append(ctx.speller.cardinal(roundModel.group(2), Gender.NEUTRAL));
            return roundModel.end();
        }
        Matcher lettered = codeShaped ? ctx.at(ctx.es() ? ES_LETTERED_CODE : LETTERED_CODE, pos) : null;
        if (lettered != null && lettered.lookingAt() && !wordBeforeYear(lettered)) {
            // "A-23451", "MX-48213": capitals, a hyphen and four or more digits are a code, its digits read as one, its
            // letters spelt unless said as a word ("A V", "E X P"; "POL", "AVE"; see Initialisms). Round sixteen: a Spanish
            // reference noun before it makes it a code dictated to be written down, so capitals a syllable could say are
            // spelt too ("la póliza AUT-558213" → "A U T", "el expediente HOG-20931"); an office's word over a folio
            // numbered by year keeps round eight's word ("el folio LAB-26/3381", "VET-27/5512").
            String head = lettered.group(1);
            String serial = lettered.group(2);
            // A head of five capitals or more is a word ("TORNEO"), said even after a reference noun.
            // Round fifty-seven (measured over every batch): a head of three capitals before a serial is a code's prefix
            // anywhere ("por ejemplo MAN-72145" → "M A N"), spelt as a head of two is ("ZX-40218" → "Z X").
            boolean dictated = ctx.es() && (head.length() == 3 || head.length() <= 4 && referenceNounBefore(ctx, pos))
                    && serial.indexOf('-') < 0 && serial.indexOf('/') < 0;
            ctx.append(dictated ? Initialisms.spelt(head) : Initialisms.codeLetters(ctx, head))
                    .append(' ').append(code(ctx, serial, true));
            if (ctx.es() && lettered.group(3) != null) {
                ctx.append(' ').append(Initialisms.spelt(lettered.group(3))); // "seguilo con el código OP-77301-AR": "… uno A R"
            }
            return lettered.end();
        }
        // The cheap guard: a hyphen right after one or two capitals.
        Matcher fault = codeShaped && (ctx.text.startsWith("-", pos + 1) || ctx.text.startsWith("-", pos + 2)) ? ctx.at(FAULT_CODE, pos) : null;
        String labelWord = ctx.previousWord(pos).toLowerCase(Locale.ROOT);
        if (fault != null && fault.lookingAt() && (FAULT_WORDS.contains(labelWord)
                || !ctx.es() && fault.group(2).length() == 3 && PLACE_LABEL_WORDS.contains(labelWord))) {
            // "error E-204", "código F-21": a device's fault code, its letters spelt and its digits one by one, as a display
            // shows them ("E two zero four"), not a quantity.
            // Round seventy-one C: after Spanish "error" or "código" two digits are the number the length rule says ("el
            // error F-27", "F veintisiete"; "E-04" keeps its zero); after any other word ("marca E-31") they stay dictated.
            String digits = fault.group(2);
            boolean saidAsNumber = ctx.es() && digits.length() == 2 && (labelWord.equals("error") || labelWord.equals("código"));
            ctx.append(Initialisms.codeLetters(ctx, fault.group(1))).append(' ')
                    .append(saidAsNumber ? group(ctx, digits) : ctx.speller.digits(digits));
            return fault.end();
        }
        Matcher letterNumber = codeShaped && ctx.text.startsWith("-", pos + 1)
                && (pos == 0 || !Character.isLetterOrDigit(ctx.text.charAt(pos - 1)) && ctx.text.charAt(pos - 1) != '-')
                ? ctx.at(EN_LETTER_NUMBER, pos) : null;
        if (letterNumber != null && letterNumber.lookingAt()) {
            // "J-1 visa", "H-1B": the letter spelt, the number said, the hyphen unsaid ("J one", "H one B"); Spanish alike
            // since round nine ("camarón U-21", "la A-6" → "U veintiuno", "A seis").
            String number = ctx.speller.cardinal(letterNumber.group(2), Gender.NEUTRAL);
            if (letterNumber.group(4) != null && ctx.es()) {
                return -1; // a glued "s" is an English plural only
            }
            // Round fifty-five: a glued "s" is the plural of the form or the visa ("W-4s", "I-9s": "W fours", "I nines"),
            // never the seconds a number and "s" otherwise are.
            ctx.append(letterNumber.group(1)).append(' ').append(letterNumber.group(4) != null ? QuantityReader.pluralNumber(number) : number);
            if (letterNumber.group(3) != null) {
                ctx.append(' ').append(letterNumber.group(3));
            }
            return letterNumber.end();
        }
        // letterNumber's guard (a capital starting its token, a hyphen after it) is this one's too.
        Matcher oneCapitalModel = letterNumber == null || ctx.es() ? null : ctx.at(EN_ONE_CAPITAL_MODEL, pos);
        if (oneCapitalModel != null && oneCapitalModel.lookingAt()) {
            // Round sixty-five A: "your Ford F-250", "our Ford E-350 shuttle": a model named by one capital and three digits
            // is said as its makers and drivers say it, the number in pairs as an interstate's "I-405" is ("F two fifty"),
            // never "F-two hundred and fifty"; a place's label ("unit B-417") and a fault's ("error E-204") were read above.
            String name = letteredName(ctx, oneCapitalModel.group(1), oneCapitalModel.group(2), null);
            ctx.append(oneCapitalModel.group(3) != null ? QuantityReader.pluralNumber(name) : name);
            return oneCapitalModel.end();
        }
        Matcher model = codeShaped && tokenStart ? ctx.at(MODEL_CODE, pos) : null;
        // Round eighteen B: an English head of two capitals is a code's, even one a shouted word could be ("offer HI-4",
        // "promo UP-3" are "H I four", "U P three"): no word is written glued to a number by a hyphen.
        boolean twoCapitals = !ctx.es() && model != null && model.lookingAt() && model.group(1).length() == 2;
        if (model != null && model.lookingAt() && (twoCapitals || !saidAsWord(ctx, model.group(1))) && (!ctx.es() || ES_MODEL_WORDS.contains(ctx.previousWord(pos).toLowerCase(Locale.ROOT)))) {
            String number = model.group(2);
            ctx.append(Initialisms.spelt(model.group(1))).append(' ')
                    .append(number.length() <= 2 && number.charAt(0) != '0' ? ctx.speller.cardinal(number, Gender.NEUTRAL)
                            : ctx.es() ? ctx.speller.digits(number) : group(ctx, number));
            if (model.group(3) != null) {
                ctx.append(' ').append(model.group(3));
            }
            return model.end();
        }
        if (model != null && model.lookingAt() && ctx.es() && !saidAsWord(ctx, model.group(1))) {
            // "la grúa GT-150", "el formulario SSA-827", "la AP-7" (round seven C): with no model word before it the number
            // is a name said as one ("ciento cincuenta"), and capitals with no syllable to say them by are spelt, as a
            // code's letters are ("G T", "S S A"); "COVID-19", "VIC-20" keep their word.
            ctx.append(Initialisms.spelt(model.group(1))).append(' ').append(ctx.speller.cardinal(model.group(2), Gender.NEUTRAL));
            if (model.group(3) != null) {
                ctx.append(' ').append(model.group(3));
            }
            return model.end();
        }
        Matcher container = codeShaped && tokenStart ? ctx.at(CONTAINER, pos) : null;
        if (container != null && container.lookingAt()) {
            ctx.append(Initialisms.spelt(container.group(1))).append(' ').append(ctx.speller.digits(container.group(2) + container.group(3)));
            return container.end();
        }
        Matcher ukPlate = codeShaped && tokenStart && !ctx.es() ? ctx.at(UK_PLATE, pos) : null;
        if (ukPlate != null && ukPlate.lookingAt()) {
            ctx.append(Initialisms.spelt(ukPlate.group(1))).append(' ').append(ctx.speller.digits(ukPlate.group(2))).append(' ')
                    .append(Initialisms.spelt(ukPlate.group(3)));
            return ukPlate.end();
        }
        Matcher sign = ctx.es() && first == 'n' ? ctx.at(NUMBER_SIGN_WORD, pos) : null;
        if (sign != null && sign.lookingAt()) {
            ctx.append(Character.isUpperCase(ctx.text.charAt(pos)) ? "Número" : "número"); // "N.º de pedido: 123456"
            return sign.end();
        }
        Matcher lowerNo = ctx.lang == Lang.EN && ctx.text.startsWith("no.", pos) ? ctx.at(LOWER_NO, pos) : null;
        if (lowerNo != null && lowerNo.lookingAt() && (!ctx.previousWord(pos).isEmpty() || determinedPhraseBefore(ctx, commaBefore(ctx, pos)))
                && !ANSWER_NO_BEFORE.contains(ctx.previousWord(pos).toLowerCase(Locale.ROOT))) {
            // Round seventy-two F: or after a comma that ends a determined noun's phrase ("your city alarm permit, no.
            // GT-4471, expires"): the appositive names the permit's number; "Reply yes, no. AB12…" has no such phrase.
            // Round fourteen B: "Say yes or no. AB12 is your code": after "or", "yes" or a verb of saying "no" is the answer
            // and its dot ends the sentence; only a noun's "no." names a number.
            // "job no. PF-2611", "account no. 4471" (round five L): a lower-case "no." between a noun and a code is "number";
            // the code is read as ever after it. "he said no. 5 of them left" has no code after it and keeps its "no".
            // Round twelve B: the noun may be capitalised, first in its sentence ("Order no. WC-55016"): the code decides.
            // Round twenty-three B: "is" may stand between ("Your agreement no. is RX-209384"): the noun's number still.
            Matcher digits = ctx.at(LOWER_NO_DIGITS, pos);
            if (digits.lookingAt()) {
                // "pledge no. 66310", "lot no. 40517" (round seven C): the number after it identifies, read by the reference
                // convention as "#66310" is, never as a quantity ("sixty six thousand three hundred and ten").
                ctx.append("number ").append(digits.group(1).isEmpty() ? "" : "is ").append(code(ctx, digits.group(2), false));
                return digits.end();
            }
            ctx.append("number");
            return pos + 3;
        }
        Matcher printedGroups = numberSign ? ctx.at(MARKED_GROUPS, pos) : null;
        if (printedGroups != null && printedGroups.lookingAt()) {
            // "tarjeta n.º 0017 4421 9938": a card's or an account's number in its printed groups is dictated in them,
            // never read as thousands.
            ctx.append(ctx.es() ? "número " : "number ").append(dictated(ctx, printedGroups.group(1)));
            return printedGroups.end();
        }
        Matcher m = numberSign ? ctx.at(MARKED, pos) : null;
        boolean marked = m != null && m.lookingAt(); // matched once, asked four times below
        if (marked && m.group(1) == null && m.group(2).length() <= 3 && m.group(2).charAt(0) != '0'
                && m.group(2).chars().allMatch(Character::isDigit)
                && ctx.text.charAt(pos) != '#') {
            // "plaza n.º 112", "room No. 305" (round five H): a short number after a word sign is a number, "ciento doce".
            ctx.append(ctx.es() ? "número " : "number ").append(ctx.speller.cardinal(m.group(2), Gender.NEUTRAL));
            return m.end();
        }
        if (marked && m.group(1) == null && ctx.es() && m.group(2).length() <= 5 && m.group(2).indexOf('-') < 0
                && m.group(2).indexOf('/') < 0 && m.group(2).charAt(0) != '0' && afterStreet(ctx.text, pos)) {
            // "Av. Juárez #245", "Calle Morelos n.º 12": a house number after its street is a number, "doscientos cuarenta y cinco".
            ctx.append("número ").append(ctx.speller.cardinal(m.group(2), Gender.NEUTRAL));
            return m.end();
        }
        if (marked && m.group(1) == null && MARKED_YEAR_SERIAL.matcher(m.group(2)).matches()) {
            // "ficha n.º 2027-01853", "solicitud n.º 2026-0457" (round five I): after a number sign a first group shaped
            // like a year is part of the file's number, dictated in its printed groups, not "dos mil veintisiete".
            ctx.append(ctx.es() ? "número " : "number ").append(dictated(ctx, m.group(2)));
            return m.end();
        }
        if (marked) {
            ctx.append(ctx.es() ? "número " : "number ");
            if (m.group(1) != null) {
                ctx.append(Initialisms.codeLetters(ctx, m.group(1))).append(' ');
            }
            ctx.append(code(ctx, m.group(2), m.group(1) != null));
            Matcher rest = m.group(1) != null ? ctx.at(SPACED_GROUPS, m.end()) : null;
            if (rest != null && rest.lookingAt() && Units.find(ctx.nextWord(rest.end())) == null) {
                // "Envío n.º LV-448 213" (round seven C): a lettered code printed in groups goes on after the space,
                // digit by digit like its first group, not "doscientos trece".
                ctx.append(' ').append(ctx.speller.digits(rest.group().replaceAll("[ \\u00A0]", "")));
                return rest.end();
            }
            return m.end();
        }
        m = DIGIT_CODE_FIRST_WORDS.contains(token) ? ctx.at(DIGIT_CODE, pos) : null;
        if (m != null && m.lookingAt() && m.group(1).endsWith(",") && Vocabulary.countedNoun(ctx.lang, ctx.nextWord(m.end()))) {
            m = null; // round seventy B: "your PIN, 2026 rules apply": after the PIN's comma, digits that count a noun are no PIN
        }
        if (m != null && m.lookingAt() && m.group(1).endsWith(" you,") && !sentCodeLength(m.group(2))) {
            m = null; // round seventy-five L: "the code we sent you, 12 minutes ago": a code is four to six digits
        }
        if (m != null && ctx.lang == Lang.EN && m.lookingAt() && m.group(2).length() == 2 && m.group(1).contains("code")) {
            Matcher pairs = ctx.at(PAIR_GROUPS, m.end());
            if (pairs.lookingAt()) {
                // "passcode 60 41 77", "key safe code is 71 09 44" (round nineteen B): a code printed in pairs is keyed
                // pair by pair, dictated as the groups after "ID" or "PIN" are.
                ctx.append(m.group(1)).append(afterCue(ctx, m)).append(dictated(ctx, m.group(2) + pairs.group()));
                return pairs.end();
            }
        }
        if (m != null && m.lookingAt() && (m.group(2).length() >= 3 || ENDING_CUE.matcher(m.group(1)).matches())
                && !(ENDING_CUE.matcher(m.group(1)).matches() && (DURATION_WORDS.contains(ctx.nextWord(m.end()).toLowerCase(Locale.ROOT))
                        || yearAfterCue(ctx, m)))
                && !(!ctx.es() && EN_BARE_ENDING.matcher(m.group(1)).matches() && englishYearAfterEnding(ctx, m))) {
            String cue = m.group(1).startsWith("C") && m.group(1).matches("C\\.?P\\.?(?: es)?") && ctx.es() ? "código postal" + m.group(1).substring(m.group(1).indexOf('P') + 1).replace(".", "") : m.group(1);
            Matcher count = ONE_DIGIT.matcher(cue);
            if (count.find()) {
                cue = cue.substring(0, count.start()) + ctx.speller.cardinal(count.group(), Gender.NEUTRAL) + cue.substring(count.end()); // "last 4"
            }
            boolean keyedCode = !ctx.es() || cue.startsWith("ódigo", 1) || cue.startsWith("lave", 1);
            String afterCue = afterCue(ctx, m);
            // Round thirty-four: a first group of five or six digits too ("código de pago 40921 7736", "payment code 73920
            // 1158", as Rapipago and store kiosks print them), when a group of four follows and no unit or currency after
            // it makes the last group a quantity.
            Matcher groups = keyedCode && m.group(2).length() <= 6 ? ctx.at(SPACED_GROUPS, m.end()) : null;
            if (groups != null && groups.lookingAt() && m.group(2).length() > 4 && (!headTakesGroups(m.group(2), groups.group())
                    || Units.find(ctx.nextWord(groups.end())) != null || Currencies.wordOrCode(ctx.nextWord(groups.end())))) {
                groups = null;
            }
            if (groups != null && groups.lookingAt()) {
                // "pickup code 483 291", "PIN 4821 7730": a code printed in groups is dictated whole, with a pause between;
                // Spanish alike since round five L ("el código 904 117 que llega por SMS", "código de sesión 318 227").
                ctx.append(cue).append(afterCue).append(dictated(ctx, m.group(2) + groups.group()));
                return groups.end();
            }
            if (keyedCode && m.end() < ctx.text.length() && ctx.text.charAt(m.end()) == '-' && !cue.contains("postal")) {
                Matcher chain = ctx.at(HYPHEN_CHAIN, m.end());
                if (chain.lookingAt()) {
                    // "código de pago 0040-2271-8836", "payment code 4410-2287-9913" (round ten B): three hyphenated
                    // groups or more are one printed code, a pause at each hyphen; no range has three ends.
                    ctx.append(cue).append(afterCue).append(dictated(ctx, m.group(2) + chain.group()));
                    return chain.end();
                }
                Matcher letteredTail = ctx.es() ? ctx.at(DIGITS_THEN_LETTERED_GROUP, m.start(2)) : null;
                if (letteredTail != null && letteredTail.lookingAt()) {
                    // Round eighty-four A: "código 3190-T45": the capitals and digits after the hyphen are the code's last
                    // group, dictated with a pause as the hyphen ({@link #spanishDigitsThenLetteredGroup}), never "-T cuarenta…".
                    ctx.append(cue).append(afterCue).append(dictated(ctx, letteredTail.group()));
                    return letteredTail.end();
                }
            }
            ctx.append(cue).append(afterCue).append(ctx.speller.digits(m.group(2)));
            Matcher range = ctx.at(CODE_RANGE_END, m.end());
            if (range.lookingAt() && keyedCode && !cue.contains("postal") && range.group(1).matches("[-–]")
                    && (ctx.es() || range.group(1).equals("-") && KEYED_CUE.matcher(cue).find() && !cue.contains("ZIP") && !cue.contains("zip"))) {
                // "Pagá con el código 3322-7788" (round seven C): a keyed code's hyphen joins its groups, a pause, not "a".
                // Round twenty-four: English too after a code's or a PIN's word ("bring the code 4471-9208", "PIN
                // 5521-7730"); a ZIP code's range ("ZIP codes 43201–43215") and a count's ("1000-2000 people") keep "to".
                ctx.append(", ").append(ctx.speller.digits(range.group(2)));
                return range.end();
            }
            if (range.lookingAt() && range.group(2).length() == m.group(2).length()) {
                // "ZIP codes 43201–43215": the second code of a range is a code too, digit by digit.
                String word = range.group(1).equals("&") ? (ctx.es() ? "y" : "and") // "91042 & 91040" (round nine B): a list of two
                        : !range.group(1).matches("[-–]") ? range.group(1) : ctx.es() ? "a" : "to"; // "91001 y 91024" keeps its "y"
                ctx.append(' ').append(word).append(' ').append(ctx.speller.digits(range.group(2)));
                return range.end();
            }
            return m.end();
        }
        Matcher pair = !ctx.es() && EN_PAIR_NOUNS.contains(token) ? ctx.at(EN_FOUR_DIGIT_PAIR, pos) : null;
        if (pair != null && pair.lookingAt() && (!token.equals("number") || nounNamesItsNumber(ctx, pos) || nounBeforeNumber(ctx, pos))
                && !TWO_YEARS.matcher(pair.group(3)).matches()
                && Units.find(ctx.nextWord(pair.end())) == null && !Currencies.wordOrCode(ctx.nextWord(pair.end()))) {
            // Round forty-two: "your reference number, 5821 4907", "for transfer 6152 0394": two printed groups of four after
            // a thing's number or a transfer's word are its code (English prints no thousands apart with a space), dictated
            // group by group with a pause, as Spanish dictates "peaje 0457 2291"; a count after them ("… 0028 dollars") or
            // two years ("number 2024 2025") keep the numbers (a verb after them, "was", "has", is no count: countedAfter's
            // plural test would take it for one).
            // Round fifty-three: three groups or more likewise ("policy number, 2210 4431 8870", "member number: 581 204 663"):
            // each group dictated as printed, never a group read as thousands.
            ctx.append(pair.group(1)).append(pair.group(2)).append(dictated(ctx, pair.group(3).replace('\u00A0', ' ')));
            return pair.end();
        }
        Matcher numberIs = !ctx.es() && token.equals("number") ? ctx.at(EN_NUMBER_IS, pos) : null;
        if (numberIs != null && numberIs.lookingAt() && nounNamesItsNumber(ctx, pos) && !countedAfter(ctx, numberIs.end())) {
            // Round thirty-nine B: "your candidate number is 4417", "your centre number is 36210", "the patient number: 72094":
            // a number a noun names as its number identifies it, a code read by the house length rule as "account number
            // is" is ("four four one seven", "thirty six two one zero"), never a quantity; "the number of seats is 120",
            // "the total number is 120" and "the number is 3 per person" keep theirs.
            ctx.append(numberIs.group(1)).append(code(ctx, numberIs.group(2), false));
            return numberIs.end();
        }
        Matcher numberSetApart = numberIs != null || !ctx.es() && token.equals("job") ? ctx.at(EN_NUMBER_SET_APART, pos) : null;
        if (numberSetApart != null && numberSetApart.lookingAt() && (token.equals("job") ? !JOB_COUNTED_AFTER.contains(ctx.previousWord(pos).toLowerCase(Locale.ROOT))
                    : nounNamesItsNumber(ctx, commaBefore(ctx, pos)) || appositiveNounNamesNumber(ctx, pos) || bareNounNamesNumber(ctx, pos))
                && (!ctx.text.startsWith(" ", numberSetApart.end()) || NO_COUNTED_NOUN.contains(ctx.nextWord(numberSetApart.end()))
                    || CLAUSE_OPENERS.contains(ctx.nextWord(numberSetApart.end())))) {
            // Round seventy-six M: "your laptop repair, job 47208, is booked": "job" alone names the number as "job number" does
            // ("a job 40000 people applied for" counts); a plain noun with no determiner names it too ("quote return number
            // 38152 if…"), and a clause's opener after the digits ("if", "when") sets them apart as a verb does.
            // Round sixty-five A: "your noise complaint, number 63814, has been…", "your repair job number 41826, or…": five
            // or six digits the comma after them sets apart are the number the noun before "number" (perhaps across a
            // comma) names, a code by the house length rule as "number, 48206" is ("sixty three eight one four"), never
            // thousands; "the total number 15000, up…" and a phone's number keep theirs (nounNamesItsNumber).
            ctx.append(numberSetApart.group(1)).append(code(ctx, numberSetApart.group(2), false));
            return numberSetApart.end();
        }
        // "tener en cuenta 15-20 días", "deje a cuenta 15000 pesos": the idioms' "cuenta" names no account.
        boolean idiom = token.equals("cuenta") && IDIOM_BEFORE_CUENTA.contains(ctx.previousWord(pos).toLowerCase(Locale.ROOT))
                || token.equals("lot") && ctx.previousWord(pos).equalsIgnoreCase("a"); // "a lot 2000 more" is a quantity
        m = keyword && !idiom ? ctx.at(ctx.es() ? ES_KEYWORD : EN_KEYWORD, pos) : null;
        // Round fifty-four: a short number and a unit symbol after a Spanish reference's noun ("presente la tarjeta de
        // embarque 30 min antes", "su boleto 20 kg de equipaje") is a quantity, read with its unit, as countedAfter tells
        // one after a comma; a reference's code of four digits or more keeps its reading. Round sixty-six A: after one of
        // ES_LONG_SERIAL_NOUNS, which name a code only in its shape, a unit makes any number a quantity ("el certificado
        // 45000 kg de carga").
        boolean quantityAfter = m != null && ctx.es() && m.lookingAt()
                && (m.group(3).length() <= 3 || ES_LONG_SERIAL_NOUNS.contains(token)) && m.group(3).chars().allMatch(Character::isDigit)
                && Units.find(ctx.nextWord(m.end())) != null;
        if (m != null && m.lookingAt() && !quantityAfter && !(m.group(2).startsWith(",") && countedAfter(ctx, m.end()))) {
            int phone = m.group(3).length() <= 6 && m.end() + 1 < ctx.text.length() && (ctx.text.charAt(m.end()) == ' '
                    || ctx.text.charAt(m.end()) == '\u00A0') ? PhoneReader.nationalPhoneEnd(ctx, m.start(3)) : -1;
            Matcher spaced = phone > 0 ? null : printedGroupsAfter(ctx, m.group(3), m.end());
            if (phone < 0 && spaced == null && ARTICLE_AT_END.matcher(m.group(2)).find() && !ctx.at(LONE_LONG_CODE, m.start(3)).lookingAt()) {
                return -1; // "es el" names the code only before its printed groups or a lone long number (ARTICLE_BEFORE_SERIAL)
            }
            if (phone > 0) {
                // "Tel. de seguimiento: 55 5133 9000", "envío: 351 422-8190" (round eleven): the country's phone in its
                // groups after a reference's word is a phone to dial, not a two-digit code and then quantities.
                keyword(ctx, m);
                PhoneReader.speakGroups(ctx, m.start(3), phone);
                return phone;
            }
            keyword(ctx, m);
            Matcher pairRun = m.group(3).length() == 2 ? ctx.at(PAIR_GROUPS, m.end()) : null;
            if (pairRun != null && pairRun.lookingAt()) {
                // Round twenty-two: "referencia 40 17 93 26 58 71 09", a reference printed in pairs, is dictated pair by pair,
                // every pair alike (its first pair was "cuarenta" and the pairs past a phone's five were numbers).
                ctx.append(dictated(ctx, m.group(3) + pairRun.group()));
                return pairRun.end();
            }
            if (spaced != null) {
                // "referencia 1234 5678 9012 3456": printed groups of a code to write down, digit by digit with pauses.
                int tail = spaced.group().trim().length() >= 4 ? shortTailEnd(ctx, spaced.end()) : -1;
                if (tail > 0) {
                    // "9405 5036 9930 0212 4478 61" (USPS): after printed groups of four a short last group belongs to the
                    // code too, dictated like the rest, not "sixty one"; round nine B: after two groups too ("account
                    // number 4410 2298 71").
                    ctx.append(dictated(ctx, m.group(3) + ctx.text.substring(spaced.start(), tail)));
                    return tail;
                }
                ctx.append(dictated(ctx, m.group(3) + spaced.group()));
                return spaced.end();
            }
            Matcher unitAfter = ctx.lang == Lang.EN && m.group(3).chars().allMatch(Character::isDigit) ? ctx.at(UNIT_NEXT, m.end()) : null;
            if (unitAfter != null && unitAfter.lookingAt() && !unitAfter.group().trim().startsWith("in")) {
                // Round forty-seven: "Order 30 lb or more", "order 25 kg of logs": a unit after the digits makes "order" the
                // verb and the digits its count, read with the unit by QuantityReader ("thirty pounds"), never an order's
                // number before a stray "lb"; "in" is the preposition as often as the inch ("Order 2 in. Then wait").
                return -1;
            }
            if (RANGE.matcher(m.group(3)).matches() && (ctx.at(UNIT_NEXT, m.end()).lookingAt()
                    || RANGE_NOUNS.contains(ctx.nextWord(m.end()).toLowerCase(Locale.ROOT)))) {
                return -1; // "your order is 8-12 min away": a range before a unit is a quantity, not the order's number
            }
            if (ctx.lang == Lang.EN && m.group(3).length() <= 6 && m.group(3).chars().allMatch(Character::isDigit)
                    && QuantityReader.afterLastDigitsCue(ctx, pos)) {
                ctx.append(ctx.speller.digits(m.group(3))); // "the last three digits of your order reference: 219"
                return m.end();
            }
            if (ctx.lang == Lang.EN && (m.group(3).equals("24/7") || m.group(3).equals("24/365"))) {
                return -1; // round seventy-three H: "open a claim 24/7", "place your order 24/7": the hours, no claim's number
            }
            // Round thirty-five: an account is filed under no year, "cuenta n.º 1987-3310" is dictated from its first group.
            ctx.append(code(ctx, m.group(3), false, !m.group(1).toLowerCase(Locale.ROOT).startsWith("cuenta")));
            return m.end();
        }
        return -1;
    }

    /**
     * Spanish words a product, model, trial or part code follows ("modelo PX-6", "estudio clínico TRK-301"). Spanish text
     * names roads, ports and machines with their number said as one ("la AP-7", "el puerto RS-232", "el VIC-20"), so
     * in Spanish the model rule fires only after one of these words.
     */
    private static final Set<String> ES_MODEL_WORDS = Set.of("modelo", "modelos", "estudio", "ensayo", "clínico", "clínica", "producto",
            "productos", "artículo", "pieza", "repuesto", "equipo", "aparato", "código", "lote", "serie", "versión", "kit", "referencia",
            "pedido", "protocolo");

    /**
     * Letters of a model code said as a word, not spelt: English initialisms said so, capitalised words and capitals shaped
     * like a word; Spanish syllables.
     */
    static boolean saidAsWord(ReadContext ctx, String letters) {
        return ctx.es() ? ElectronicReader.pronounceable(letters.toLowerCase(Locale.ROOT))
                : Initialisms.EN_SAID_AS_WORDS.contains(letters) || Initialisms.EN_CAPITALISED_WORDS.contains(letters)
                        || Initialisms.wordShaped(letters); // "STEP-2", "GATE-4": a shouted word and its number
    }

    /** How many ASCII digits {@code s} holds: "JD0148 3372 9051" has twelve. */
    private static int digitCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += TokenScanner.isDigit(s.charAt(i)) ? 1 : 0;
        }
        return n;
    }

    /** Round twenty-six: "MADRID-2026", "VERANO-2025": a word of five capitals or more before a year names an event. */
    private static boolean wordBeforeYear(Matcher lettered) {
        String serial = lettered.group(2);
        return lettered.group(1).length() > 4 && serial.length() == 4 && (serial.startsWith("19") || serial.startsWith("20"));
    }

    /**
     * Whether the letters starting at {@code pos} are followed by a digit, a hyphen, a slash, or one space and a digit: the
     * only ways the capital-led code patterns of {@link #read} go on after their letters.
     */
    private static boolean codeAfterLetters(String t, int pos) {
        int i = pos;
        while (i < t.length() && Character.isLetter(t.codePointAt(i))) {
            i += Character.charCount(t.codePointAt(i)); // as the patterns' \p{Lu} see letters: by code point
        }
        if (i >= t.length()) {
            return false;
        }
        char next = t.charAt(i);
        if (next == ' ' || next == '\u00A0') {
            return i + 1 < t.length() && TokenScanner.isDigit(t.charAt(i + 1));
        }
        return TokenScanner.isDigit(next) || next == '-' || next == '/';
    }

    /**
     * Round eleven: a standard's letters joined by a hyphen to six digits or more ("código EN-558204"), or to five after a
     * code's word ("clave EN-40917"), are a code, spelt and dictated like "DE-44120": no standard is numbered past five
     * digits, and one after "norma" ("la norma UNE-36010") or in running text keeps its number said whole.
     */
    private static boolean hyphenedSerial(ReadContext ctx, int pos, Matcher standard) {
        if (standard.group(3) != null || standard.group(4) != null || ctx.text.charAt(standard.start(2) - 1) != '-') {
            return false;
        }
        int digits = standard.group(2).length();
        String before = ctx.previousWord(pos).toLowerCase(Locale.ROOT);
        return digits >= 6 || digits == 5 && (KEYWORD_FIRST_WORDS.contains(before) || CODE_WORDS.contains(before));
    }

    /**
     * Whether a Spanish reference noun names the code at {@code pos}, right before it or across "número", "es" and a
     * colon ("el contrato CAR-…", "Número de póliza: VID-…", "su número de reserva es TUR-…").
     */
    private static boolean referenceNounBefore(ReadContext ctx, int pos) {
        int at = pos;
        for (int k = 0; k < 3; k++) {
            while (at > 0 && (ctx.text.charAt(at - 1) == ' ' || ctx.text.charAt(at - 1) == ':')) {
                at--;
            }
            String word = ctx.previousWord(at).toLowerCase(Locale.ROOT);
            if (KEYWORD_FIRST_WORDS.contains(word)) {
                return true;
            }
            if (!word.equals("número") && !word.equals("es")) {
                return codeNounBefore(ctx, pos);
            }
            at -= word.length();
        }
        return false;
    }

    /**
     * Round thirty: "tu código de compra, por ejemplo TOS-55027", "la clave de canje es LUN-38214": a code's noun ("código",
     * "clave"), perhaps with its kind, "es", a colon or ", por ejemplo" between, names the code after it as a reference noun
     * does, so capitals a syllable could say are spelt for the caller to write down ("T O S"); a code's noun further back
     * ("el código llega por SMS con TOS-…") names nothing.
     */
    private static final Pattern CODE_NOUN_BEFORE = Pattern.compile("(?iu)(?<!\\p{L})(?:código|clave|contraseña|NIP|PIN)"
            // Round thirty-one: a password's and a PIN's noun too, the thing it opens ("del portal", "para la app") and one
            // word of its kind after it ("su contraseña temporal es", "la clave provisional:", "código de acceso nuevo").
            + "(?:[ \\u00A0]+(?:de|del|para)(?:[ \\u00A0]+(?:la|el|su|tu))?[ \\u00A0]+\\p{L}{3,})?(?:[ \\u00A0]+\\p{L}{4,})?"
            + "(?:[ \\u00A0]+es)?[ \\u00A0]*(?:,[ \\u00A0]*por[ \\u00A0]+ejemplo)?[ \\u00A0]*:?[ \\u00A0]*$");

    private static boolean codeNounBefore(ReadContext ctx, int pos) {
        return CODE_NOUN_BEFORE.matcher(ctx.text.substring(Math.max(0, pos - 48), pos)).find();
    }

    /**
     * Four to twelve capitals and digits glued, both in it: a key's shape ("48K2Q", "7RT94", "K4T72"), not followed by a
     * hyphen's group (a hyphened code is {@link #KEY_GROUPS}' or the lettered codes').
     */
    private static final Pattern GLUED_KEY = Pattern.compile("((?=[\\dA-Z]*\\d)(?=[\\dA-Z]*[A-Z])[\\dA-Z]{4,12})(?![\\d\\p{L}]|[.,]\\d|-[\\dA-Z])");
    /** A digit before a capital: a key's letters mixed with its digits ("K4T72"), unlike a word and a number ("VERANO2025"). */
    private static final Pattern DIGIT_THEN_CAPITAL = Pattern.compile("\\d[A-Z]");

    /** Four to eight plain digits, nothing glued after them but a sentence's punctuation. */
    private static final Pattern PLAIN_DIGITS = Pattern.compile("\\d{4,8}(?![\\d\\p{L}#*]|[.,:/-]\\d)");
    /** The words before a code's digits that name it as one: "diga el código 4417", "enter code 4417". */
    private static final Set<String> CODE_CUES = Set.of("código", "code");

    /**
     * Round sixty-two B: a number that the same message later has the caller key in ("marque 4417#", "press 4417#") or
     * say as a code ("diga el código 4417") is that code wherever it stands: "su color Mezcla 4417 quedó guardado… marque
     * 4417#" says it digit by digit both times, as the caller will key it, never "cuatro mil…" first. A count's noun after
     * it ("4417 puntos"), a currency or a glued sign before it keeps its reading. -1 when the digits at {@code pos} are
     * keyed nowhere later.
     */
    static int keyedLaterInMessage(ReadContext ctx, int pos) {
        String t = ctx.text;
        if (pos > 0 && (Character.isLetterOrDigit(t.charAt(pos - 1)) || "$€£#*-.,/:".indexOf(t.charAt(pos - 1)) >= 0)) {
            return -1;
        }
        Matcher m = ctx.at(PLAIN_DIGITS, pos);
        if (!m.lookingAt() || countedAfter(ctx, m.end())) {
            return -1;
        }
        String digits = m.group();
        for (int later = t.indexOf(digits, m.end()); later >= 0; later = t.indexOf(digits, later + 1)) {
            int end = later + digits.length();
            if (TokenScanner.isDigit(t.charAt(later - 1)) || end < t.length() && TokenScanner.isDigit(t.charAt(end))) {
                continue; // part of a longer number
            }
            boolean keyed = end < t.length() && (t.charAt(end) == '#' || t.charAt(end) == '*');
            if (keyed || CODE_CUES.contains(ctx.previousWord(later).toLowerCase(Locale.ROOT))) {
                ctx.append(ctx.speller.digits(digits));
                return m.end();
            }
        }
        return -1;
    }

    /**
     * Round thirty-one, Spanish: "su contraseña temporal es 48K2Q", "la clave provisional es 7RT94", "el código de recogida
     * es K4T72": capitals and digits glued after a password's, a key's or a code's noun ({@link #CODE_NOUN_BEFORE}) are a
     * key the caller types in, every character said in one run ("cuatro ocho K dos Q"), never "cuarenta y ocho K" or
     * "noventa y cuatro". One led by capitals takes a capital after a digit too: "código VERANO2025" names a promotion,
     * its word said. -1 when the code at {@code pos} is none.
     */
    static int spanishGluedKey(ReadContext ctx, int pos) {
        String t = ctx.text;
        if (!ctx.es() || pos == 0 || Character.isLetterOrDigit(t.charAt(pos - 1)) || t.charAt(pos - 1) == '-') {
            return -1;
        }
        Matcher key = ctx.at(GLUED_KEY, pos);
        if (!key.lookingAt() || !TokenScanner.isDigit(t.charAt(pos)) && !DIGIT_THEN_CAPITAL.matcher(key.group(1)).find()
                || !codeNounBefore(ctx, pos)) {
            return -1;
        }
        ctx.append(dictatedInOneRun(ctx, key.group(1)));
        return key.end();
    }

    /** Round forty-two: the words two printed groups of four follow as a code ({@link #EN_FOUR_DIGIT_PAIR}). */
    private static final Set<String> EN_PAIR_NOUNS = Set.of("number", "transfer", "transaction", "member", "membership", "receipt");
    /**
     * "number, 5821 4907", "transfer 6152 0394", "member number: 3390 7125": two groups of four, no third group; since round
     * fifty-three also three to five groups of three or four ("member number: 581 204 663", "policy number, 2210 4431
     * 8870"), which English prints for no quantity either.
     */
    private static final Pattern EN_FOUR_DIGIT_PAIR = Pattern.compile("(?i)(number|transfer|transaction|member|membership|receipt)"
            + "((?:[ \\u00A0]+(?:number|no\\.|#))?(?:[ \\u00A0]+is)?[ \\u00A0]*[:,]?[ \\u00A0]*)"
            + "(\\d{4}[ \\u00A0]\\d{4}|\\d{3,4}(?:[ \\u00A0]\\d{3,4}){2,4})(?![\\d\\p{L}]|[.,]\\d|[ \\u00A0]\\d)");
    /** Two years of this century or the last ("2024 2025"): a span, no code of two groups. */
    private static final Pattern TWO_YEARS = Pattern.compile("(?:19|20)\\d\\d[ \\u00A0](?:19|20)\\d\\d");
    /** English "number is 4417", "number: 36210", "number, 48206": the number a noun before it names (see {@link #nounNamesItsNumber}). */
    // Round forty-seven: a comma sets the number apart as a colon does ("quoting your booking number, 48206", "give your
    // membership number, 8153, …"); the noun before "number" has named it (nounNamesItsNumber), and a count after the
    // comma ("your seat number, 12 rows back") keeps its number (countedAfter).
    private static final Pattern EN_NUMBER_IS = Pattern.compile("([Nn]umber(?:[ \\u00A0]+is|[ \\u00A0]*[:,])[ \\u00A0]*)" + KEYWORD_CODE);
    /** Round sixty-five A: "number 63814," with a comma after the digits setting them apart (see {@link #EN_NUMBER_IS}). */
    // Round seventy-one C: or a verb, a preposition (NO_COUNTED_NOUN) or a stop after them ("your repair job number 62814 is
    // confirmed"), as a comma; a plural noun or a unit after them is a count's.
    // Round seventy-six M: or after "job" alone ("your boiler repair, job 83514, is booked").
    // Round eighty B: or a colon ("about job number 71526: the engineer…"), which sets them apart as a comma does; a time's
    // or a ratio's colon has a digit after it.
    private static final Pattern EN_NUMBER_SET_APART = Pattern.compile("((?:[Nn]umber|[Jj]ob)[ \\u00A0]+)(\\d{5,6})(?=[,:](?!\\d)|[ \\u00A0]+\\p{Ll}|[.;!?](?!\\d)|$)");

    /** Round seventy-six M: words before "job" that count jobs ("a job 40000 people want", "per job"), no job's number after. */
    private static final Set<String> JOB_COUNTED_AFTER = Set.of("a", "an", "one", "per", "each", "every", "any");
    /** Round seventy-six M: words opening a clause after a number set apart ("… 38152 if the courier asks", "… when you call"). */
    private static final Set<String> CLAUSE_OPENERS = Set.of("if", "when", "unless", "once", "before", "after");

    /**
     * Round seventy-six M: "quote return number 38152 if…", "give parcel number 61830, then…": a plain noun before "number"
     * with no determiner before it (as {@link #nounBeforeNumber} takes before printed groups) names the thing the number
     * identifies; "the number", "a number" and a count's word ("total number") do not.
     */
    private static boolean bareNounNamesNumber(ReadContext ctx, int pos) {
        String noun = ctx.previousWord(pos).toLowerCase(Locale.ROOT);
        return nounBeforeNumber(ctx, pos) && !IDENTIFIED_NOUN_DETERMINERS.contains(noun) && !NO_COUNTED_NOUN.contains(noun)
                && !JOB_COUNTED_AFTER.contains(noun);
    }

    /** Where a comma right before {@code pos} stands ("your noise complaint, number"), else {@code pos}: the noun's end. */
    private static int commaBefore(ReadContext ctx, int pos) {
        int end = ReadContext.spacesStart(ctx.text, pos);
        return end > 0 && ctx.text.charAt(end - 1) == ',' ? end - 1 : pos;
    }
    /**
     * Words before "number" that make it a count or a phone's, not a thing's identifier: "the total number is 120", "the
     * maximum number is 6", "your phone number is…" (the phone's reader dials it).
     */
    private static final Set<String> NOT_AN_IDENTIFIED_NUMBER = Set.of("total", "maximum", "minimum", "max", "min", "average", "overall",
            "exact", "approximate", "actual", "whole", "entire", "full", "same", "final", "usual", "typical", "combined", "lucky",
            "phone", "mobile", "telephone", "cell", "fax", "contact", "helpline", "hotline");
    /** Possessives and articles before a noun whose number is given: "your candidate number", "the patient number". */
    private static final Set<String> IDENTIFIED_NOUN_DETERMINERS = Set.of("your", "my", "our", "their", "his", "her", "its", "the");
    /** One of {@link #IDENTIFIED_NOUN_DETERMINERS} and one to three words after it, ending where the region ends. */
    private static final Pattern DETERMINED_PHRASE_END = Pattern.compile("(?i)(?<![\\p{L}\\d'’-])(?:" + String.join("|", IDENTIFIED_NOUN_DETERMINERS)
            + ")(?:[ \\u00A0]+\\p{L}[\\p{L}'’-]*){1,3}$");

    /** Round seventy-two F: a thing's phrase a possessive or "the" opens ends right at {@code end} ("your Wi-Fi fault,"). */
    private static boolean determinedPhraseBefore(ReadContext ctx, int end) {
        return end > 0 && end < ctx.text.length() && ctx.text.charAt(end) == ','
                && DETERMINED_PHRASE_END.matcher(ctx.text).region(Math.max(0, end - 60), end).find();
    }

    /**
     * Round seventy-two F: "your boiler fault, job number 81306, has been logged…", "your bathroom refit, job number
     * 64027, is ready": the noun before "number" opens an appositive after a comma that ends a determined thing's phrase
     * ({@link #determinedPhraseBefore}), so the number names that thing as "your job number" would; a count's or a phone's
     * word ({@link #NOT_AN_IDENTIFIED_NUMBER}) or a participle before "number" does not.
     */
    private static boolean appositiveNounNamesNumber(ReadContext ctx, int pos) {
        int wordEnd = pos;
        for (int words = 0; words < MAX_WORDS_NAMING_A_NUMBER; words++) {
            String noun = ctx.previousWord(wordEnd);
            if (noun.length() < 3 || !Character.isLowerCase(noun.charAt(0)) || noun.endsWith("ed") || NOT_AN_IDENTIFIED_NUMBER.contains(noun)) {
                return false;
            }
            int nounStart = compoundStart(ctx.text, ReadContext.spacesStart(ctx.text, wordEnd) - noun.length());
            int comma = ReadContext.spacesStart(ctx.text, nounStart) - 1;
            if (comma >= 0 && ctx.text.charAt(comma) == ',') {
                return determinedPhraseBefore(ctx, comma);
            }
            wordEnd = nounStart;
        }
        return false;
    }

    /**
     * The word before "number" at {@code pos} is a lower-case noun of three letters or more, after a possessive, "the" or
     * a noun's possessive ("the school's centre number"), that names a thing identified by the number: no word of
     * {@link #NOT_AN_IDENTIFIED_NUMBER} and no participle ("the estimated number").
     */
    private static boolean nounNamesItsNumber(ReadContext ctx, int pos) {
        int wordEnd = pos;
        // Round fifty-two: the noun may be a compound of up to three plain words ("your vehicle lease agreement number",
        // "your tenancy deposit certificate number"), each of them a noun of the thing, none a count's or a phone's word
        // ("the total seat number", "your contact phone number") and none a participle ("the estimated visitor number").
        for (int words = 0; words < MAX_WORDS_NAMING_A_NUMBER; words++) {
            String noun = ctx.previousWord(wordEnd);
            if (noun.length() < 3 || !Character.isLowerCase(noun.charAt(0)) || noun.endsWith("ed")
                    || NOT_AN_IDENTIFIED_NUMBER.contains(noun)) {
                return false;
            }
            int nounStart = compoundStart(ctx.text, ReadContext.spacesStart(ctx.text, wordEnd) - noun.length());
            String before = ctx.previousWord(nounStart);
            if (IDENTIFIED_NOUN_DETERMINERS.contains(before.toLowerCase(Locale.ROOT))
                    || nounStart >= 3 && (ctx.text.startsWith("'s ", nounStart - 3) || ctx.text.startsWith("’s ", nounStart - 3))) {
                return true;
            }
            wordEnd = nounStart;
        }
        return false;
    }

    /**
     * Round seventy-nine B: where the hyphenated compound whose last word starts at {@code wordStart} starts ("your
     * account-closure request, number 48261,", "your card-dispute request, number…"): the compound is one word of the
     * thing's name, so the determiner before it is found as before a plain noun (it was taken for a word of two letters or
     * none, and the number read as thousands). {@code wordStart} itself when no hyphen joins a word before it.
     */
    private static int compoundStart(String text, int wordStart) {
        int start = wordStart;
        while (start >= 2 && text.charAt(start - 1) == '-' && Character.isLetter(text.charAt(start - 2))) {
            start = ReadContext.lettersStart(text, start - 1);
        }
        return start;
    }

    /**
     * Round fifty-six: "quoting card number 5129 8830", "give voucher number 3381 7702": before two or more printed groups
     * (which English prints for no quantity) a plain noun before "number" names the thing they identify, no possessive or
     * article needed; a count's or a phone's word ({@link #NOT_AN_IDENTIFIED_NUMBER}) or a participle does not.
     */
    private static boolean nounBeforeNumber(ReadContext ctx, int pos) {
        String noun = ctx.previousWord(pos);
        return noun.length() >= 3 && Character.isLowerCase(noun.charAt(0)) && !noun.endsWith("ed") && !NOT_AN_IDENTIFIED_NUMBER.contains(noun);
    }

    /** How many plain words may name the thing before "number": "candidate", "booking", "vehicle lease agreement". */
    private static final int MAX_WORDS_NAMING_A_NUMBER = 3;

    /** Words a keyed code follows ("código", "clave", "code") besides the reference words. */
    private static final Set<String> CODE_WORDS = Set.of("código", "clave", "code", "es", "is");

    /**
     * Round fifty-one: "código de proveedor 60418": a code with its holder's kind before four digits or more, no year
     * ("el código de conducta 2024") and no amount after them, the start ES_KEYWORD's "código de" alternative reads.
     */
    private static final Pattern HOLDERS_CODE = Pattern.compile("(?iu)código" + HOLDERS_KIND + COLON_SPACES
            + "(?!(?:19|20)\\d\\d(?!\\d))" + DIGITS_NOT_AN_AMOUNT);
    /** First words of ES_KEYWORD, EN_KEYWORD and ES_KEYWORD_ALNUM, lower case ("ref." as "ref"). */
    private static final Set<String> KEYWORD_FIRST_WORDS = java.util.stream.Stream.concat(
            java.util.stream.Stream.concat(ES_REFERENCE_NOUNS.stream().map(noun -> noun.replace(".", "")), ES_LONG_SERIAL_NOUNS.stream()),
            java.util.stream.Stream.of("exp", "expte", "guía", "orden", "lote", "registro", "lot", "batch", "cuenta", "formulario", "servicio", "order",
                    "reference", "invoice", "account", "case", "confirmation", "booking", "policy", "tracking", "customer", "claim", "contract", "reservation",
                    "request")) // round eighty B: "service request 58203" (EN_KEYWORD)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** English nouns a "#" and a lettered code follow: the reference words and the documents numbered by year. */
    private static final Set<String> EN_NOUNS_BEFORE_SIGN = java.util.stream.Stream.of(KEYWORD_FIRST_WORDS, EN_YEAR_NUMBERED_NOUNS)
            .flatMap(Set::stream).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * Round fifty-three: in the US "#" is "number" before any code, so "Your reservation is #KP4W9Z" and "show #TR72QD at
     * the desk" say "number" as "confirmation #KP4W9Z" does, wherever the sign stands (it was the keypad's "hash"). Only
     * a sign glued to a code of two digits and two capitals at least, at a word's start: a hashtag ("#SummerSale") has
     * lower case, a rank ("#1") no capital, and a tag of one digit ("#B2B", "#5G") is none. British text names the sign
     * "hash" and keeps it.
     */
    private static boolean usSignGluedToCode(ReadContext ctx, int pos, String code) {
        return (pos == 0 || !Character.isLetterOrDigit(ctx.text.charAt(pos - 1))) && pos + 1 < ctx.text.length()
                && Character.isLetterOrDigit(ctx.text.charAt(pos + 1))
                && code.chars().filter(Character::isDigit).count() >= 2 && code.chars().filter(Character::isLetter).count() >= 2;
    }

    /** First words of ES_KEYWORD's documents named only before a hyphened serial (round twenty-three: "acta 1123-449871"). */
    private static final Set<String> SERIAL_NOUNS = Set.of("acta", "boleta", "multa", "recibo", "comprobante", "certificado", "constancia",
            "denuncia", "reclamo", "préstamo", "tarjeta");
    /** Round twenty-six: identifier words before digits ("ID 40872"), lower case; ES_KEYWORD takes them in capitals only. */
    private static final Set<String> ID_WORDS = Set.of("id");
    /** Words before "cuenta" in idioms where it names no account ("en cuenta", "a cuenta", "por cuenta"). */
    private static final Set<String> IDIOM_BEFORE_CUENTA = Set.of("en", "a", "por");
    /** Two small numbers joined by a hyphen, a range ("8-12"). */
    private static final Pattern RANGE = Pattern.compile("\\d{1,3}[-–]\\d{1,3}");
    /** Words a range counts ("your case is 3-5 days from closing"): then the digits are no code. */
    private static final Set<String> RANGE_NOUNS = Set.of("days", "weeks", "hours", "minutes", "months", "years", "business", "working",
            "días", "semanas", "horas", "minutos", "meses", "años", "hábiles");
    /** A unit symbol right after a number ("8-12 min", "20-30 kg"). */
    private static final Pattern UNIT_NEXT = Pattern.compile("[ \\u00A0]?(?:" + Units.SYMBOL_ALT + ")(?![\\p{L}\\d²³])");
    /** One or two capitals, a hyphen and up to three digits: a fault code on a display ("E-204", "F-21"). */
    private static final Pattern FAULT_CODE = Pattern.compile("(\\p{Lu}{1,2})-(\\d{1,3})(?![\\d\\p{L}]|[.,-]\\d)");
    /** Words a fault code follows. */
    private static final Set<String> FAULT_WORDS = Set.of("error", "errors", "code", "fault", "alarm", "warning", "shows", "displays", "reads",
            "showing", "displaying", "código", "fallo", "falla", "avería", "alarma", "aviso", "muestra", "marca", "indica");
    /**
     * English words for a numbered place a letter and a hyphen label (round seven C): "locker L-218", "unit B-417", "bay
     * C-104". The label is read off a door as a fault code off a display, its digits one by one ("L two one eight"); after
     * any other word the shape is a model's name ("the F-150" is "F one fifty").
     */
    private static final Set<String> PLACE_LABEL_WORDS = Set.of("locker", "lockers", "unit", "units", "bay", "bays", "space", "spaces",
            "plot", "pitch", "stall", "berth", "dock", "cabin", "pod", "suite", "room", "lot", "storage", "container");
    /** "patente AB 123 CD", "patente ABC 123": the Argentine plate shapes only. */
    private static final Pattern ARGENTINE_PLATE = Pattern.compile("((?i:patente))[ \\u00A0]*:?[ \\u00A0]*([A-Z]{2}[ -]?\\d{3}[ -]?[A-Z]{2}|[A-Z]{3}[ -]?\\d{3})"
            + "(?![\\p{L}\\d])");
    /** Whether one of the five words before {@code pos} names a vehicle or its plate. */
    private static boolean vehicleBefore(ReadContext ctx, int pos) {
        int at = pos;
        for (int k = 0; k < 5 && at > 0; k++) {
            String word = ctx.previousWord(at);
            if (word.isEmpty()) {
                return false;
            }
            if (PLATE_CONTEXT_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return true;
            }
            at = ctx.text.lastIndexOf(word, at - 1);
        }
        return false;
    }

    /**
     * Words that announce a licence plate ("patente" is left out: it is also a patent, "patente US 5123"). Round
     * twenty-seven: "tablilla", the plate's name in Puerto Rico and among US Spanish speakers ("tablilla GHK 5821").
     */
    private static final Set<String> PLATE_WORDS = Set.of("matrícula", "placa", "placas", "tablilla", "tablillas");
    /**
     * A plate after its word: digits and capitals, in groups joined by a space or a hyphen ("4821 KLM", "ABC-123-D", "AB 123
     * CD"), or in one run of up to eight (a Californian "8ABC123", round seven B).
     */
    private static final Pattern PLATE = Pattern.compile("((?i:matrícula|placas?|tablillas?)(?: de su (?:coche|vehículo|auto|carro))?)[ \\u00A0]*:?[ \\u00A0]*"
            + "((?=[\\dA-Z -]*\\d)(?=[\\dA-Z -]*[A-Z])(?:[\\dA-Z]{1,4}(?:[ -][\\dA-Z]{1,4}){0,2}|[\\dA-Z]{5,8}))(?![\\p{L}\\d])");

    /** Spanish words a registration's capitals, digits and capitals follow: "número TX 4417 BK", "registro FL 2093 KR". */
    private static final Set<String> REGISTRATION_WORDS = Set.of("número", "registro", "matrícula");
    /**
     * Round seventy-seven O: English words a vessel's or a vehicle's registration follows ("vessel KT 3185 MV", "boat PL
     * 6203 DS"): its capitals, digits and capitals are dictated as the Spanish "número TX 4417 BK" is, never thousands.
     */
    private static final Set<String> EN_REGISTERED_CRAFT = Set.of("vessel", "boat", "yacht", "vehicle", "trailer");
    /** Capitals, digits, capitals, joined by spaces or hyphens: "TX 4417 BK", "FL-2093-KR". */
    private static final Pattern LETTERS_DIGITS_LETTERS = Pattern.compile("(\\p{Lu}{1,3}[ \\u00A0-]\\d{2,5}[ \\u00A0-]\\p{Lu}{1,3})(?![\\p{L}\\d]|[.,]\\d|-[\\dA-Z])");

    /** English words that announce a plate ("license plate", "licence plate" end in "plate"; "reg" is the British short form). */
    private static final Set<String> EN_PLATE_WORDS = Set.of("plate", "plates", "registration", "reg", "tag", "tags");
    /**
     * An English plate after its word (and maybe "is", "as", "number", "no."): capitals then digits, maybe more capitals
     * ("LMN 2204", "KTR-5581", "AB12 CDE", "TWX 884", and since round fifteen B up to five digits, "ZK 58231", as
     * Illinois and vanity plates write them), or a digit-led run ("7KPR392"); capitals alone or digits alone are none
     * ("plate 2", "registration FAQ"), nor six digits or more.
     */
    private static final Pattern EN_PLATE = Pattern.compile("((?i:plates?|registration|reg|tags?)(?:[ \\u00A0]+(?:is|as|number|no\\.))?)[ \\u00A0]*:?[ \\u00A0]*"
            // Round eighteen B: a US state's two capitals may come first ("plate NJ K49-LMT"), dictated with the plate.
            + "((?:[A-Z]{2}[ \\u00A0](?=\\p{Lu}{1,4}[ \\u00A0-]?\\d))?\\p{Lu}{1,4}[ \\u00A0-]?\\d{1,5}(?:[ \\u00A0-]?\\p{Lu}{1,3})?|\\d\\p{Lu}{2,4}\\d{1,4})(?![\\p{L}\\d]|[.,]\\d|-[\\dA-Z])");
    /**
     * "Ref", "ref", "REF" (no dot) before a code: a colon or a space, maybe a number sign, then capitals and a digit or
     * four digits or more ("Ref: WB-30872", "ref TQ8803", "Ref No. 40112").
     */
    private static final Pattern EN_REF_BEFORE_CODE = Pattern.compile("(?:Ref|ref|REF)(?=:?[ \\u00A0]*(?:(?:No|no)\\.[ \\u00A0]*|#[ \\u00A0]*)?"
            + "(?:\\p{Lu}{1,4}[-/ \\u00A0]?\\d|\\d{4,}))");

    /** The count in a cue ("last 4 digits"), said as a word. */
    private static final Pattern ONE_DIGIT = Pattern.compile("\\d");

    /**
     * Round twenty-five: "el contrato termina en 2027", "la campaña empieza con 2026": a year after an ending or heading cue
     * that follows no card, account or code named in its sentence is the year, read as one; so is a count before its
     * plural noun.
     */
    private static boolean yearAfterCue(ReadContext ctx, Matcher m) {
        String next = ctx.nextWord(m.end());
        if (m.end() < ctx.text.length() && ctx.text.charAt(m.end()) == ' ' && next.length() > 1 && Character.isLowerCase(next.charAt(0))
                && next.endsWith("s") && !(ctx.es() && Vocabulary.spanishFunctionWord(next))) {
            // A count before its plural noun, "el curso empieza con 20 alumnos", is no code either; round thirty-eight: an
            // adverb, a preposition or a verb after the digits ("tarjeta terminada en 5521 antes del viernes", "… es la
            // principal", "… tras el cambio") is no noun they count, so a card's last digits stay dictated.
            return true;
        }
        return m.group(2).length() == 4 && YEAR.matcher(m.group(2)).matches()
                && !DIGITS_NOUN.matcher(ctx.text.substring(ctx.sentenceStart(m.start(), 100), m.start())).find();
    }

    /** First words of DIGIT_CODE, lower case ("C.P." as "c", "one-time" as "one"). */
    private static final Set<String> DIGIT_CODE_FIRST_WORDS = Set.of("ending", "ends", "last", "zip", "postal", "pin", "terminada", "terminado",
            "termina", "acaba", "finaliza", "empieza", "comienza",
            "terminación", "que", "acabada", "acabado", "código", "códigos", "c", "cp", "clave", "contraseña", "nip", "verification", "security",
            "confirmation", "access", "one", "activation", "code", "passcode", "gate", "door", "alarm", "lockbox", "keypad", "key", "keysafe");

    /**
     * Lower case, the words {@link #read}'s word-led rules start with: a reference's (and so a Spanish number's or a
     * printed code's), a code's, a plate's and a tax number's word, a flight's or a train's, "serial", "patente", "ref",
     * and the possessives before a Spanish identifying number.
     */
    private static final Set<String> RULE_FIRST_WORDS = java.util.stream.Stream.of(KEYWORD_FIRST_WORDS, DIGIT_CODE_FIRST_WORDS, PLATE_WORDS,
                    EN_PLATE_WORDS, ES_NUMBER_ID_FIRST_WORDS, TAX_ID_WORDS, SERIAL_NOUNS, ID_WORDS, Set.of("flight", "train", "vuelo", "tren", "serial", "patente", "ref", "form",
                    "error", "status", "job"), EN_PAIR_NOUNS)
            .flatMap(Set::stream).map(w -> w.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** A number sign used as the word "número" before "de": "N.º de pedido", "núm. de cliente". */
    private static final Pattern NUMBER_SIGN_WORD = Pattern.compile("(?:[nN]\\.?[º°]\\.?|[nN]úm\\.|[nN]ro\\.)(?=[ \\u00A0]+de[ \\u00A0])");

    /** A street word and up to four words of its name just before: "Av. Juárez ", "C/ Mayor, ", "Calle Cinco de Mayo ". */
    private static final String STREET_WORD = "(?:^|[\\s(])(?:Av|Avda|Avenida|Blvd|Blv|Bv|Bvar|Bulevar|Diag|Diagonal|Calz|Calzada|Calle|C/|Cll|Ctra|Carretera|"
            + "Camino|Cno|Paseo|Pº|Plaza|Pza|Prol|Prolongación|Priv|Privada|Cda|Cerrada|Ronda|Rda|Glta|Trav|Travesía|Pje|Pasaje"
            // Round five K: the street word in lower case ("calle Zaragoza #310") is a street as well.
            + "|calle|avenida|calzada|carretera|camino|paseo|plaza|privada|cerrada|ronda|travesía|pasaje|prolongación|bulevar)\\.?";
    private static final Pattern STREET_BEFORE = Pattern.compile(STREET_WORD
            + "[ \\u00A0]*(?:[\\p{L}\\d.'-]+[ \\u00A0]+){0,4}[\\p{L}\\d.'-]+,?[ \\u00A0]*$");
    /** A street word then its name's "de" or "del", just before: "Av. de ", "Paseo del ". */
    private static final Pattern STREET_PARTICLE_BEFORE = Pattern.compile(STREET_WORD + "[ \\u00A0]*del?[ \\u00A0]+$");

    /** Whether a street's word and its "de"/"del" stand just before {@code pos}: "Av. de Mayo", "Paseo del Mar". */
    static boolean afterStreetParticle(String text, int pos) {
        return STREET_PARTICLE_BEFORE.matcher(text.substring(Math.max(0, pos - 20), pos)).find();
    }

    static boolean afterStreet(String text, int pos) {
        return STREET_BEFORE.matcher(text.substring(Math.max(0, pos - 60), pos)).find();
    }

    /** A last group of one to three digits ending a printed code, with no counted word after it: " 61." but not " 2 items". */
    private static final Pattern SHORT_TAIL = Pattern.compile("[ \\u00A0]\\d{1,3}(?![\\d\\p{L}]|[.,]\\d|[ \\u00A0]*\\p{L})");
    /** A last group of one to three digits, a space and a word: the word is told apart by {@link #NO_COUNTED_NOUN}. */
    private static final Pattern SHORT_TAIL_WORD = Pattern.compile("[ \\u00A0]\\d{1,3}(?=[ \\u00A0]\\p{Ll})");
    /**
     * Words no count stands before: a verb's auxiliary or a preposition ("52 is at our depot", "63 was sent", "45 at the
     * desk"). After them a short group is a code's last ("SP 7730 1184 52 is…"); before a noun ("4471 20 times") a count.
     */
    private static final Set<String> NO_COUNTED_NOUN = Set.of("is", "are", "was", "were", "has", "have", "had", "will", "would",
            "can", "could", "should", "must", "may", "might", "needs", "at", "to", "from", "via", "in", "on", "for");

    /**
     * Round fifty-four: {@link #NO_COUNTED_NOUN} in Spanish, the prepositions and verbs a printed code's short last group
     * stands before ("referencia 4471 2290 35 antes del lunes", "… 17 hasta el viernes", "… 64 en el concepto"); before a
     * noun ("4471 2290 35 cajas") it counts.
     */
    private static final Set<String> ES_NO_COUNTED_NOUN = Set.of("antes", "después", "hasta", "desde", "en", "para", "con", "sin",
            "al", "y", "o", "es", "está", "fue", "será", "ha", "vence", "caduca");

    /**
     * Round twenty B: the end of a printed code's short last group at {@code end} (" 52" before a stop, or before a verb or a
     * preposition), the place every code printed in groups takes its tail from; -1 when there is none or a counted noun
     * follows it.
     */
    static int shortTailEnd(ReadContext ctx, int end) {
        if (end + 1 >= ctx.text.length() || !TokenScanner.isDigit(ctx.text.charAt(end + 1))) {
            return -1; // cheap check first: a space and a digit
        }
        Matcher tail = ctx.at(SHORT_TAIL, end);
        if (tail.lookingAt()) {
            return tail.end();
        }
        Matcher word = ctx.at(SHORT_TAIL_WORD, end);
        return word.lookingAt() && (ctx.es() ? ES_NO_COUNTED_NOUN : NO_COUNTED_NOUN).contains(ctx.nextWord(word.end() + 1)) ? word.end() : -1;
    }

    /** Two pairs or more after a code's first pair: " 41 77" (three groups: two numbers a count could be are not a code). */
    // Round twenty-two: up to fifteen more pairs, not five: a longer run's last pairs were read as numbers.
    private static final Pattern PAIR_GROUPS = Pattern.compile("(?:[ \\u00A0]\\d{2}){2,15}(?![\\d\\p{L}]|[.,]\\d|[ \\u00A0]\\d)");
    /** Further printed groups of three or four digits after a reference's first group: " 5678 9012 3456". */
    private static final Pattern SPACED_GROUPS = Pattern.compile("(?:[ \\u00A0]\\d{3,4}){1,7}(?![\\d\\p{L}]|[.,]\\d)");

    /** The reference word and what follows it as said: "pedido", "pedido número", "caso: ", "ticket es". */
    private static void keyword(ReadContext ctx, Matcher m) {
        String marker = m.group(2).trim();
        // "es", "is", and since round fifty-three "es el"/"es la" (ARTICLE_BEFORE_SERIAL), said as written.
        Matcher verbAt = MARKER_VERB.matcher(marker);
        String verb = verbAt.find() ? verbAt.group(1).replaceAll("[ \\u00A0]+", " ") : null;
        if (verb != null) {
            marker = marker.substring(0, verbAt.start()).trim();
        }
        String word = m.group(1);
        boolean ref = word.equalsIgnoreCase("ref.") || word.equalsIgnoreCase("ref");
        ctx.append(ref ? (ctx.es() ? "referencia" : Character.isUpperCase(word.charAt(0)) ? "Reference" : "reference")
                : word.endsWith(".") ? (Character.isUpperCase(word.charAt(0)) ? "Expediente" : "expediente") : word);
        // Round fifty-nine B: a colon after the number's word ("account number: 40512339", "cuenta n.º: 1987") is kept as
        // after the noun alone, the pause the writer put before the digits; it was dropped with the word's spelling.
        boolean colon = marker.endsWith(":");
        String numberWord = colon ? marker.substring(0, marker.length() - 1).trim() : marker;
        if (numberWord.isEmpty() && colon) {
            ctx.append(": ");
        } else if (marker.equals(",")) {
            ctx.append(", "); // "número de legajo, 63917" (round thirty-seven): the comma is kept, a pause before the number
        } else if (!numberWord.isEmpty()) {
            ctx.append(ctx.es() ? " número" : " number").append(colon ? ": " : " ");
        } else if (verb == null) {
            ctx.append(" ");
        }
        if (verb != null) {
            ctx.append(marker.isEmpty() ? " " : "").append(verb).append(' ');
        }
    }

    /**
     * What is said between a digit code's cue ({@link #DIGIT_CODE}'s group 1) and its digits: the colon the writer put
     * there, as a pause (round fifty-nine B: "Confirmation code: 4471", "Código de acceso: 7281" had lost it), else a space.
     */
    private static String afterCue(ReadContext ctx, Matcher m) {
        return ctx.text.lastIndexOf(':', m.start(2)) >= m.end(1) ? ": " : " ";
    }

    /** The verb ending a reference word's marker: "es", "is", "número es", "es el" (a space or a no-break one before it). */
    private static final Pattern MARKER_VERB = Pattern.compile("(?:^|[ \\u00A0]+)((?:es|is)(?:[ \\u00A0]+(?i:el|la))?)$");
    /** {@link #ARTICLE_BEFORE_SERIAL} ending a reference word's marker ("es el", "es la"). */
    private static final Pattern ARTICLE_AT_END = Pattern.compile("[ \\u00A0](?:el|la)$", Pattern.CASE_INSENSITIVE);

    /**
     * Round thirty-four: a code's first group of five or six digits goes on into printed groups only when one group of four
     * follows it ("código de pago 52830 6614"); a first group of three or four into any ("1234 5678 9012").
     */
    private static boolean headTakesGroups(String head, String groups) {
        return head.length() <= 4 || groups.matches("[ \\u00A0]\\d{4}");
    }

    /**
     * The printed groups after a reference word's first group {@code head} ending at {@code end} ("referencia 1234 5678",
     * round fifty-three: "folio 52830 6614"), or null when there are none or the last counts: a plural noun, a unit or a
     * currency after it makes it a count, no group of the code (round forty: "el lote 0816 1500 unidades más": "cero ocho
     * uno seis mil quinientas unidades", as the zero-led code's next group of QuantityReader stops; "antes", "más" are no
     * noun).
     */
    private static Matcher printedGroupsAfter(ReadContext ctx, String head, int end) {
        if (head.length() < 3 || head.length() > 6) {
            return null;
        }
        Matcher spaced = ctx.at(SPACED_GROUPS, end);
        if (!spaced.lookingAt() || !headTakesGroups(head, spaced.group())) {
            return null;
        }
        String afterGroups = ctx.nextWord(spaced.end());
        boolean counted = ctx.es() && Vocabulary.spanishPluralNoun(afterGroups) || Units.find(afterGroups) != null
                || Currencies.wordOrCode(afterGroups) || ctx.at(AMOUNT_AFTER, spaced.end()).lookingAt();
        return counted ? null : spaced;
    }

    /**
     * A plural lower-case noun, a unit or a currency after a number ("…, 2 copias", "…, 3 kg", "…, 500 pesos"): the number
     * counts, so a comma before it set no code apart. A word in "s" that is no noun ("this 3 was", "220 this fall") counts
     * nothing.
     */
    static boolean countedAfter(ReadContext ctx, int end) {
        String next = ctx.nextWord(end);
        return !next.isEmpty() && (Units.find(next) != null || Currencies.wordOrCode(next)
                // Round sixty-five A: Spanish asks Vocabulary's plural-noun test, so an adverb or a verb in "s" after the
                // digits ("su n.º de bono 73418 antes del domingo", "… 73418 más el IVA") counts nothing either.
                || next.length() >= 3 && Vocabulary.countedNoun(ctx.lang, next));
    }

    /** A {@link #CAPITALS_THEN_DIGIT_GROUPS} match: the capitals spelt straight into the first group, a pause between groups. */
    private static void appendCapitalsThenGroups(ReadContext ctx, Matcher lettered) {
        // Round seventy-four J: a carrier's name ("por UPS 4410 2291 7735") is said as its name, only the digits dictated.
        String capitals = lettered.group(1);
        appendNameThenGroups(ctx, ES_CARRIER_NAMES.contains(capitals) ? capitals : dictated(ctx, capitals), lettered.group(2));
    }

    /** A code's name as said, then its printed digit groups dictated with a pause between them. */
    private static void appendNameThenGroups(ReadContext ctx, String name, String groups) {
        ctx.append(name).append(' ').append(dictated(ctx, groups.replace('\u00A0', ' ')));
    }

    /** Digit groups as thousands are printed: a first group of one to three digits, every later one of three ("150 000"). */
    private static boolean thousandsShaped(String groups) {
        String[] parts = groups.split("[ \\u00A0]");
        if (parts[0].length() > 3) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].length() != 3) {
                return false;
            }
        }
        return true;
    }

    /** Each character on its own: a digit by its name, a letter as a capital (the voice spells it), a hyphen or space as a pause. */
    private static String dictated(ReadContext ctx, String code) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '-' || c == ' ' || c == '\u00A0') {
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ',') {
                    sb.append(',');
                }
                continue;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(Character.isDigit(c) ? ctx.speller.digit(c - '0') : String.valueOf(Character.toUpperCase(c)));
        }
        return sb.toString();
    }

    /** {@link #dictated} without its pauses: a plate or a serial said in one run, as it is read out. */
    private static String dictatedInOneRun(ReadContext ctx, String code) {
        return dictated(ctx, code).replace(",", "");
    }

    /** ISO 13616 / ISO 7064 mod 97-10: the country and check digits moved to the end, letters as 10..35, remainder 1. */
    static boolean ibanChecks(String written) {
        String iban = written.replace(" ", "").replace("\u00A0", "");
        if (iban.length() < 15 || iban.length() > 34) {
            return false;
        }
        String moved = iban.substring(4) + iban.substring(0, 4);
        int remainder = 0;
        for (int i = 0; i < moved.length(); i++) {
            int v = Character.digit(moved.charAt(i), 36);
            remainder = (v > 9 ? remainder * 100 + v : remainder * 10 + v) % 97;
        }
        return remainder == 1;
    }

    /** Four digits from 1950 to 2099: a year in a reference ("2024/00123", "HR/2026", "Aviso 23/2026"). */
    static boolean yearShaped(String digits) {
        return digits.length() == 4 && digits.compareTo("1950") >= 0 && digits.compareTo("2099") <= 0;
    }

    /**
     * Groups separated by "-" are read one after another with a pause, "/" is said ("barra", "slash"); a leading group
     * that is a recent year ("2024/00123"), or a last one after the slash ("4587/2026"), is said as a year. The digits of a lettered code are said one by one (in English
     * too since round five G: "#A77102", "HQ-77102" → "seven seven one zero two").
     */
    private static String code(ReadContext ctx, String written, boolean lettered) {
        return code(ctx, written, lettered, true);
    }

    /** {@code yearsAllowed} false: a year-shaped group is a group like any other (an account's "1987-3310"). */
    private static String code(ReadContext ctx, String written, boolean lettered, boolean yearsAllowed) {
        // "0049-1500-05", "45-778-9012": groups of a code of six digits or more in all are written down, digit by digit.
        boolean longCode = written.indexOf('-') > 0 && written.replace("-", "").length() > PAIR_HEAD_MAX;
        // Round fifteen B: "account 00481-22", an English keyed number of two groups led by a zero, is one number dictated
        // through its hyphen, neither said nor a pause (round ten B's pauses are for three groups or more).
        boolean oneRun = !ctx.es() && !lettered && written.charAt(0) == '0' && written.indexOf('-') > 0
                && written.indexOf('-') == written.lastIndexOf('-') && written.indexOf('/') < 0;
        StringBuilder sb = new StringBuilder();
        int i = 0;
        boolean first = true;
        while (i < written.length()) {
            int j = i;
            while (j < written.length() && written.charAt(j) != '-' && written.charAt(j) != '/') {
                j++;
            }
            String group = written.substring(i, j);
            boolean yearShaped = yearsAllowed && yearShaped(group);
            // "expte. N° 4587/2026", "resolución 123/2024" (round seven B): a number over its year, the year said as one.
            boolean year = yearShaped && (first && j < written.length() || !first && j == written.length() && written.charAt(i - 1) == '/');
            // "ZF-26-0412", "LAB-26/3381" (round eight): a lettered code's short first group (its year, its series) is said
            // as a number, "veintiséis", the serial after it digit by digit.
            // Round ten B: after a short head a short last group is a number too ("JKR-29-41": "veintinueve cuarenta y
            // uno"), one number read one way, not "veintinueve, cuatro uno".
            boolean shortHead = lettered && (first && j < written.length() || !first && shortGroups(written))
                    && group.length() <= 2 && group.charAt(0) != '0';
            sb.append(year ? ctx.speller.year(Integer.parseInt(group)) : shortHead ? ctx.speller.cardinal(group, Gender.NEUTRAL)
                    : lettered || longCode || oneRun ? ctx.speller.digits(group) : group(ctx, group));
            if (j < written.length()) {
                sb.append(written.charAt(j) == '/' ? (ctx.es() ? " barra " : " slash ") : oneRun ? " " : ", ");
            }
            first = false;
            i = j + 1;
        }
        return sb.toString();
    }

    /** Whether every group of a code is one or two digits without a leading zero: "29-41", not "26-0412". */
    private static boolean shortGroups(String written) {
        for (String g : written.split("[-/]")) {
            if (g.isEmpty() || g.length() > 2 || g.charAt(0) == '0') {
                return false;
            }
        }
        return true;
    }

    /** Whether the digits at {@code pos} are followed by a hyphen and a capital: the cheap test before {@link #DIGITS_LETTERS_DIGITS}. */
    private static boolean lettersBetweenHyphens(String t, int pos) {
        int i = pos;
        while (i < t.length() && i - pos < 4 && TokenScanner.isDigit(t.charAt(i))) {
            i++;
        }
        return i + 1 < t.length() && t.charAt(i) == '-' && t.charAt(i + 1) >= 'A' && t.charAt(i + 1) <= 'Z';
    }

    /**
     * Reference convention (the default grouped reading; English too since round five), one rule per length (round
     * eight): one or two digits are a number ("n.º 7"); three are said as a number too, the way a house or a room
     * number is, in Spanish whole ("n.º 214": "doscientos catorce") and in English in pairs ("Game #214": "two
     * fourteen", "No. 512": "five twelve"); four are dictated digit by digit ("n.º 2417": "dos cuatro uno siete",
     * "account 7712": "seven seven one two", as the writers of batches 21_en, 22_en and 23 say them: a pair head
     * "veinticuatro uno siete" is said by no announcer); five keep the seed's pair head ("pedido #12345": "doce tres
     * cuatro cinco"); a code of six digits or more ("n.º 458712") or one with letters ("INC-58214", "nº ZX4471") is
     * something the caller writes down, so every digit is said on its own. A leading zero is always dictated.
     */
    private static final int PAIR_HEAD_MAX = 5;

    static String group(ReadContext ctx, String digits) {
        NumberSpeller sp = ctx.speller;
        if (digits.length() <= 2 && digits.charAt(0) != '0') {
            return sp.cardinal(digits, Gender.NEUTRAL);
        }
        switch (ctx.referenceReading) {
            case DIGITS:
                return sp.digits(digits);
            case PAIRS:
                return pairs(sp, digits);
            case GROUPED:
            default:
                if (digits.charAt(0) == '0' || digits.length() == 4 || digits.length() > PAIR_HEAD_MAX) {
                    return sp.digits(digits);
                }
                if (digits.length() == 3) {
                    return ctx.es() ? sp.cardinal(digits, Gender.NEUTRAL) : UsAddresses.inPairs(sp, Integer.parseInt(digits));
                }
                if (digits.charAt(1) == '0') {
                    // A round ten runs into the next digit: "veinte nueve" is heard as 29, "twenty nine" too. "20931" is
                    // read digit by digit.
                    return sp.digits(digits);
                }
                return sp.cardinal(digits.substring(0, 2), Gender.NEUTRAL) + " " + sp.digits(digits.substring(2));
        }
    }

    private static String pairs(NumberSpeller sp, String digits) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < digits.length(); i += 2) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            String pair = digits.substring(i, Math.min(i + 2, digits.length()));
            sb.append(pair.charAt(0) == '0' ? sp.digits(pair) : sp.cardinal(pair, Gender.NEUTRAL));
        }
        return sb.toString();
    }
}
