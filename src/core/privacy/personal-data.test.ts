import { describe, expect, it } from 'vitest';
import {
  PERSONAL_DATA_MASKS,
  detectPersonalData,
  maskPersonalData,
  type PersonalDataKind,
} from './personal-data.js';

/**
 * Test data helper, written independently of the code under test: the Luhn check digit of the
 * nine digits YYMMDDNNN, weights 2, 1, 2, ... from the left, digit sums of the products
 * (Skatteverket SKV 704). Checked below against published numbers before it is used.
 */
function checkDigit(nineDigits: string): string {
  let sum = 0;
  [...nineDigits].forEach((digit, i) => {
    const product = Number(digit) * (i % 2 === 0 ? 2 : 1);
    sum += Math.floor(product / 10) + (product % 10);
  });
  return String((10 - (sum % 10)) % 10);
}

/** A 10-digit number YYMMDD<sep>NNNC with a correct check digit. */
const pnr = (yymmdd: string, birth: string, sep = '-'): string =>
  `${yymmdd}${sep}${birth}${checkDigit(yymmdd + birth)}`;
/** A 12-digit number YYYYMMDD<sep>NNNC; the check digit is over the 10-digit form. */
const pnr12 = (yyyymmdd: string, birth: string, sep = ''): string =>
  `${yyyymmdd}${sep}${birth}${checkDigit(yyyymmdd.slice(2) + birth)}`;

describe('checkDigit (test helper) against published numbers', () => {
  it.each([
    ['640823323', '4', 'SKV 704 worked example 640823-3234'],
    ['811218987', '6', 'widely published example 811218-9876'],
    ['121212121', '2', "Skatteverket's test person Tolvan Tolvansson, 19121212-1212"],
    ['701063239', '1', 'SKV 707 worked example of a coordination number, 701063-2391'],
  ])('%s -> %s (%s)', (nine, digit) => {
    expect(checkDigit(nine)).toBe(digit);
  });
});

const PIN: PersonalDataKind = 'personal_identity_number';
const CO: PersonalDataKind = 'coordination_number';
const MAIL: PersonalDataKind = 'email';
const TEL: PersonalDataKind = 'phone';

interface Case {
  reason: string;
  text: string;
  /** Each expected finding as its kind and the exact text it covers, in order. */
  found: Array<[PersonalDataKind, string]>;
}

const none = (reason: string, text: string): Case => ({ reason, text, found: [] });
const one = (reason: string, text: string, kind: PersonalDataKind, covered = text): Case => ({
  reason,
  text,
  found: [[kind, covered]],
});

const TABLE: Case[] = [
  // Personal identity numbers: forms (SKV 704)
  one('published example, 10 digits with "-"', '811218-9876', PIN),
  one('SKV 704 worked example', '640823-3234', PIN),
  one('Tolvan Tolvansson, 12 digits with "-"', '19121212-1212', PIN),
  one('12 digits without separator', '191212121212', PIN),
  one('10 digits without separator', '8112189876', PIN),
  one('12 digits with "-", 1981', '19811218-9876', PIN),
  one('separator a space (decision: tolerated)', '811218 9876', PIN),
  one('separator a no-break space', '811218\u00a09876', PIN),
  one('"-" with spaces around it', 'Pnr 811218 - 9876', PIN, '811218 - 9876'),
  // Every dash alike (issue #11: word processors turn " - " into " – ")
  one('en dash with spaces, as a word processor writes it', 'Pnr 850709 – 9805', PIN, '850709 – 9805'),
  one('en dash', '811218\u20139876', PIN),
  one('em dash', '811218\u20149876', PIN),
  one('minus sign', '811218\u22129876', PIN),
  one('hyphen U+2010', '811218\u20109876', PIN),
  one('non-breaking hyphen', '811218\u20119876', PIN),
  one('figure dash', '811218\u20129876', PIN),
  one('fullwidth hyphen-minus', '811218\uff0d9876', PIN),
  one('12 digits with an en dash', '19811218\u20139876', PIN),
  one('en dash with no-break spaces', '811218\u00a0\u2013\u00a09876', PIN),
  one('narrow no-break space as the separator', '811218\u202f9876', PIN),
  one('coordination number with an en dash', '701063\u20132391', CO),
  none('en dash, wrong check digit', '811218\u20139875'),
  none('two spaces are not a separator', '811218  9876'),
  one('"+" century form: born 1912, aged 100 or more', '121212+1212', PIN),
  one('inside a sentence, punctuation around it excluded', 'Pnr: 811218-9876.', PIN, '811218-9876'),
  one('in parentheses', 'Anna (811218-9876) ringde', PIN, '811218-9876'),
  // Dates and leap years
  one('29 Feb 2000, 12 digits: 2000 is a leap year (divisible by 400)', pnr12('20000229', '123'), PIN),
  none(
    '29 Feb 1900, 12 digits: 1900 is not a leap year (century not divisible by 400)',
    pnr12('19000229', '123'),
  ),
  one('000229-xxxx: century unknown, valid as 2000-02-29', pnr('000229', '123'), PIN),
  none('000229+xxxx: "+" means 1800 or 1900, neither a leap year', pnr('000229', '123', '+')),
  one('040229+xxxx: 1904 was a leap year', pnr('040229', '456', '+'), PIN),
  none('010229-xxxx: neither 1901 nor 2001 was a leap year', pnr('010229', '123')),
  none('month 13', pnr('811318', '987')),
  none('month 00', pnr('810018', '987')),
  none('day 32', pnr('810132', '123')),
  none('day 00', pnr('810100', '123')),
  none('31 April does not exist', pnr('810431', '123')),
  none('12 digits with century 21: not a birth year', pnr12('21121212', '121')),
  none('12 digits with century 17', pnr12('17121212', '121')),
  none('birth number 000 is never issued (series 001-999)', pnr('811218', '000')),
  // Check digit
  none('wrong check digit (10 digits)', '811218-9875'),
  none('wrong check digit (12 digits)', '198112189875'),
  none('OCR number failing the check digit', 'OCR 8112189875'),
  none('invoice number whose "date" is invalid (month 67)', 'Faktura 4567891234'),
  none('date 2026-11-22 followed by four digits failing the check digit', 'Fakturanummer 202611221234'),
  none('organisation number: month 20 is no date', `Org.nr ${pnr('212000', '009')}`),
  // Coordination numbers (SKV 707)
  one('SKV 707 worked example: 3 Oct 1970, day 03 + 60', '701063-2391', CO),
  one('SKV 707 example in 12 digits', '19701063-2391', CO),
  one('day 91 = 31 + 60', pnr('810191', '234'), CO),
  one('day 89 on 29 Feb 2000 = 29 + 60', pnr('000289', '123'), CO),
  none('day 92 = 32 + 60: no such day', pnr('810192', '234')),
  none('day 60 = 0 + 60: no such day', pnr('810160', '234')),
  none('day 90 in February = 30 Feb', pnr('810290', '234')),
  // Embedded in longer runs
  none('a digit before: 11 digits', '18112189876'),
  none('a digit after: 11 digits', '81121898761'),
  none('a letter glued before (a code, not a number)', 'ID8112189876'),
  none('a decimal amount', '8112189876,50 kr'),
  none('followed by a currency', 'Summa 8112189876 kr'),
  none('a case-number prefix "2024/"', 'Dnr 2024/8112189876'),
  // E-mail addresses
  one('plain address', 'anna.lind@jarfalla.se', MAIL),
  one('å, ä, ö in local part and domain', 'Skriv till åsa.öberg@järfälla.se', MAIL, 'åsa.öberg@järfälla.se'),
  one('upper case, "!" excluded', 'Mejla ANNA.LIND@EXAMPLE.COM!', MAIL, 'ANNA.LIND@EXAMPLE.COM'),
  one('plus tag and subdomain', 'x+kontakt@mail.example.org', MAIL),
  one('in angle brackets, with "_" and "-"', '<anna_lind-2@example.se>', MAIL, 'anna_lind-2@example.se'),
  one(
    'sentence dot after the address is not part of it',
    'Svar till anna@example.se.',
    MAIL,
    'anna@example.se',
  ),
  one('digits in the local part: the address wins over the number', '8112189876@example.se', MAIL),
  one('a mobile number as local part: one e-mail finding', '0701234567@sms.example.se', MAIL),
  none('no top-level domain', 'anna@localhost'),
  none('numeric "domain"', 'anna@192.168.0.1'),
  none('social-media handle', 'Följ @jarfalla_kommun'),
  none('spaces around "@" (decision: not an address)', 'anna @ example.se'),
  // Phone numbers: Swedish national form (PTS numbering plan)
  one('mobile, bare', '0701234567', TEL),
  one('mobile 070-123 45 67', 'Ring 070-123 45 67', TEL, '070-123 45 67'),
  one('mobile with spaces', '070 123 45 67', TEL),
  one('mobile 070-1234567', '070-1234567', TEL),
  one('mobile with an en dash', '076–123 45 67', TEL),
  one('mobile with a minus sign', '070\u2212123 45 67', TEL),
  one('landline with a non-breaking hyphen', 'Ring 08\u2011123 45 67', TEL, '08\u2011123 45 67'),
  one('mobile with an em dash and thin spaces', '070\u2014123\u200945\u200967', TEL),

  one('Stockholm 08-123 45 67', '08-123 45 67', TEL),
  one('Stockholm, 8 digits', '08-12 34 56', TEL),
  one('Gothenburg 031', '031-12 34 56', TEL),
  one('non-geographic 0771', '0771-567 567', TEL),
  one('area code in parentheses, included', '(08) 123 45 67', TEL),
  one('number in parentheses keeps its ")" outside', 'Tel (08-123 45 67)', TEL, '08-123 45 67'),
  one('followed by a short count', '070-123 45 67 3 gånger', TEL, '070-123 45 67'),
  one(
    'followed by a date: the dash after 070 delimits the number',
    '070-123 45 67 2024-11-22',
    TEL,
    '070-123 45 67',
  ),
  one('bare 10 digits starting with 0 (decision: an OCR number like this is reported)', '0123456789', TEL),
  // International form
  one('+46 mobile with spaces', '+46 70 123 45 67', TEL),
  one('+46 mobile, no spaces', '+46701234567', TEL),
  one('0046 prefix', '0046 70 123 45 67', TEL),
  one('+46 (0)70: the trunk 0 in parentheses', '+46 (0)70-123 45 67', TEL),
  one('+46 8 Stockholm', 'tel:+46 8 123 45 67', TEL, '+46 8 123 45 67'),
  one('Norway +47', '+47 22 33 44 55', TEL),
  one('United Kingdom +44', '+44 20 7946 0958', TEL),
  one('00 international prefix, Norway', '0047 22 33 44 55', TEL),
  // Not phone numbers
  none('mobile with 9 digits', '070-123 45 6'),
  none('mobile with 11 digits', '07012345678'),
  none('Stockholm with 7 digits', '08-123 45'),
  none('+46 with too few digits', '+46 70 123'),
  none('short public numbers', 'Ring 1177 eller 112, kundtjänst 113 13'),
  none('OCR or card number in groups of four', '0123 4567 8901 2345'),
  none('IBAN', 'SE45 5000 0000 0583 9825 7466'),
  none('known limitation: a number glued by a space to a year reads as one run', 'år 2024 070-123 45 67'),
  none('00 after a case-number slash is not an international prefix', 'Dnr 2024/00123456789'),
  none('letters glued after the number', '0701234567abc'),
  none('a decimal amount starting with 0', '0701234567,50'),
  {
    reason: 'two phone numbers separated by " / "',
    text: '070-123 45 67 / 08-765 43 21',
    found: [
      [TEL, '070-123 45 67'],
      [TEL, '08-765 43 21'],
    ],
  },
  none(
    'known limitation: a slash with no spaces joins two numbers, as in case numbers',
    '070-123 45 67/08-765 43 21',
  ),
  one('sentence dot after the number is not part of it', 'Ring 08-123 45 67.', TEL, '08-123 45 67'),
  // Dates, times, amounts, case numbers and other numbers
  none('ISO date and time', 'Besök 2026-11-22 kl 08:30'),
  none('date with slashes', '22/11/2026'),
  none('date without separators', '20261122'),
  none('day-month-year with dashes (date-shaped, not a phone)', '02-11-2026'),
  none('day-month-year with spaces', '02 11 2026'),
  none('opening hours with dots', 'Öppet 8.30-17.00'),
  none('opening hours with a leading 0 and an en dash', 'Öppet 08.30–17.00'),
  none('opening hours in whole hours', 'Öppet 08-17, fredag 08-16'),
  none('amount with öre', '1 234,50 kr'),
  none('amount in kronor', '12 000 kronor'),
  none('large amount whose second group starts with 0', '1 012 345 678 kr'),
  none('amount in millions', '12 000 000 kr'),
  none('signed amount', 'ökning +12 000 kr'),
  none('percentages', '25 % och 3,5 procent, 0,5 %'),
  none('case number KS 2017/380', 'KS 2017/380'),
  none('case number BN 2023-1234', 'BN 2023-1234'),
  none('case number Dnr 2024/00123', 'Dnr 2024/00123'),
  none('postal code', '177 80 Järfälla'),
  none('street number and floor', 'Storgatan 12B, 3 tr'),
  none('year', 'sedan år 2026'),
  none('count', '3 samtal'),
  // Several findings
  {
    reason: 'summary with a phone, a personal number and an e-mail address',
    text: 'Anna ringde från 070-123 45 67 och uppgav pnr 811218-9876, mejla anna.lind@example.se.',
    found: [
      [TEL, '070-123 45 67'],
      [PIN, '811218-9876'],
      [MAIL, 'anna.lind@example.se'],
    ],
  },
  {
    reason: 'two phone numbers separated by a space only',
    text: '08-123 45 67 070-123 45 67',
    found: [
      [TEL, '08-123 45 67'],
      [TEL, '070-123 45 67'],
    ],
  },
  {
    reason: 'personal number followed by a phone number',
    text: '811218-9876 070-123 45 67',
    found: [
      [PIN, '811218-9876'],
      [TEL, '070-123 45 67'],
    ],
  },
  {
    reason: 'coordination number and a foreign phone number among case numbers and dates',
    text: 'Dnr 2024/00123: 701063-2391 nås på +47 22 33 44 55 efter 2026-11-22.',
    found: [
      [CO, '701063-2391'],
      [TEL, '+47 22 33 44 55'],
    ],
  },
  one('ambiguous bare 0701011231: passes date and check digit, so a personal number wins', '0701011231', PIN),
];

/** Expected findings with offsets: each covered text searched for after the previous one. */
function expectedFindings({
  text,
  found,
}: Case): Array<{ kind: PersonalDataKind; start: number; end: number }> {
  let from = 0;
  return found.map(([kind, covered]) => {
    const start = text.indexOf(covered, from);
    from = start + covered.length;
    return { kind, start, end: from };
  });
}

describe(`detectPersonalData: table of ${TABLE.length} cases`, () => {
  it.each(TABLE)('$reason: "$text"', (row) => {
    expect(expectedFindings(row).every((f) => f.start >= 0)).toBe(true);
    expect(detectPersonalData(row.text)).toEqual(expectedFindings(row));
  });
});

describe('detectPersonalData: offsets', () => {
  it('offsets are UTF-16 indices: an emoji (two code units) before the number counts as 2', () => {
    expect(detectPersonalData('😀 070-123 45 67')).toEqual([{ kind: TEL, start: 3, end: 16 }]);
  });

  it('exact offsets of three findings, sorted by start although found e-mail first', () => {
    expect(detectPersonalData('a@b.se 811218-9876 0701234567')).toEqual([
      { kind: MAIL, start: 0, end: 6 },
      { kind: PIN, start: 7, end: 18 },
      { kind: TEL, start: 19, end: 29 },
    ]);
  });

  it('empty text -> no findings', () => {
    expect(detectPersonalData('')).toEqual([]);
  });
});

describe('maskPersonalData', () => {
  it('the masks, one per kind', () => {
    expect(PERSONAL_DATA_MASKS).toEqual({
      personal_identity_number: '[personnummer]',
      coordination_number: '[samordningsnummer]',
      email: '[e-post]',
      phone: '[telefon]',
    });
  });

  it('replaces each finding by the mask of its kind; the rest of the text is untouched', () => {
    const text = 'Anna ringde från 070-123 45 67 och uppgav pnr 811218-9876, mejla anna.lind@example.se.';
    expect(maskPersonalData(text).text).toBe(
      'Anna ringde från [telefon] och uppgav pnr [personnummer], mejla [e-post].',
    );
  });

  it('coordination number -> [samordningsnummer]', () => {
    expect(maskPersonalData('Samordningsnr 701063-2391 saknas').text).toBe(
      'Samordningsnr [samordningsnummer] saknas',
    );
  });

  it('returns the findings with offsets into the original text, not the masked one', () => {
    const { findings } = maskPersonalData('Tel: 08-123 45 67');
    expect(findings).toEqual([{ kind: TEL, start: 5, end: 17 }]);
  });

  it('text without personal data -> returned unchanged, no findings', () => {
    const text = 'Fakturan 2026-11-22 på 1 234,50 kr gäller KS 2017/380.';
    expect(maskPersonalData(text)).toEqual({ text, findings: [] });
  });

  it('masking twice changes nothing (masks hold no digits or "@")', () => {
    const once = maskPersonalData('811218-9876, 070-123 45 67, a@b.se').text;
    expect(maskPersonalData(once)).toEqual({ text: once, findings: [] });
  });

  it('adjacent findings separated by one character each get their own mask', () => {
    expect(maskPersonalData('0701234567/a@b.se').text).toBe('[telefon]/[e-post]');
  });
});

describe('detectPersonalData: speed (linear scanning, no catastrophic backtracking)', () => {
  // Each input is about 100 kB. The bound is generous (a linear scan takes a few milliseconds);
  // a quadratic one would take many seconds.
  const BOUND_MS = 2000;
  const summary =
    'Anna ringde 2026-11-22 kl 08:30 från 070-123 45 67 om faktura 1 234,50 kr (KS 2017/380), pnr 811218-9876, a@b.se. ';
  const inputs: Array<[string, string]> = [
    ['realistic summaries', summary.repeat(Math.ceil(100_000 / summary.length))],
    ['one run of digits', '1'.repeat(100_000)],
    ['digit groups separated by spaces', '0 '.repeat(50_000)],
    ['digit groups separated by dashes and parentheses', '07-(1) '.repeat(15_000)],
    ['letters without "@"', 'a'.repeat(100_000)],
    ['dotted letters without "@"', 'a.'.repeat(50_000)],
    ['"@" everywhere', 'a@'.repeat(50_000)],
    ['a domain that never ends', `a@${'b-'.repeat(50_000)}`],
    ['plus signs and digits', '+4'.repeat(50_000)],
  ];

  it.each(inputs)('%s', (_name, input) => {
    const started = performance.now();
    detectPersonalData(input);
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
  });

  it('the realistic 100 kB input yields three findings per summary', () => {
    const text = inputs[0]?.[1] ?? '';
    const count = Math.ceil(100_000 / summary.length);
    expect(detectPersonalData(text)).toHaveLength(3 * count);
  });
});
