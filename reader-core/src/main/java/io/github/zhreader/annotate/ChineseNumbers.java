package io.github.zhreader.annotate;

import java.math.BigInteger;
import java.util.Optional;

/**
 * Reads numbers written in Chinese characters: 五万 is 50000, 二〇二四 is 2024, 三千零五 is 3005, 十七 is 17.
 * Stateless.
 */
final class ChineseNumbers {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumbers() {}

    /** The value formatted with thousands separators, or empty when {@code word} is not a Chinese numeral. */
    static Optional<String> value(String word) {
        if (word.length() < 2) return Optional.empty();
        BigInteger total = BigInteger.ZERO; // everything up to the last 亿
        long belowYi = 0; // the 万 groups since then
        long section = 0; // the part below the current 万
        long digit = 0; // a digit waiting for its unit
        boolean hasDigit = false;
        boolean positional = true; // only digits: 二〇二四
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            int d = digitOf(c);
            if (d >= 0) {
                digit = d;
                hasDigit = true;
                digits.append(d);
                continue;
            }
            positional = false;
            switch (c) {
                case '十', '百', '千' -> section += (hasDigit ? digit : 1) * (c == '十' ? 10 : c == '百' ? 100 : 1000);
                case '万' -> belowYi += Math.max(section + digit, 1) * 10_000;
                case '亿' -> {
                    long group = belowYi + section + digit;
                    total = total.add(BigInteger.valueOf(group == 0 ? 1 : group))
                            .multiply(BigInteger.valueOf(100_000_000));
                    belowYi = 0;
                }
                default -> {
                    return Optional.empty();
                }
            }
            if (c == '万' || c == '亿') section = 0;
            digit = 0;
            hasDigit = false;
        }
        if (positional) return Optional.of(digits.toString());
        total = total.add(BigInteger.valueOf(belowYi + section + digit));
        return Optional.of(String.format("%,d", total));
    }

    /**
     * The two values of an estimate written with two neighbouring digits (六七十 "60 or 70", 两三千 "2,000 or 3,000",
     * 十七八 "17 or 18", 三五百 "300 or 500"), or empty when {@code word} is no such estimate. A run of digits alone
     * (二〇一二, a year) is none, unless it is only the two digits (七八 "7 or 8").
     */
    static Optional<String> estimate(String word) {
        boolean unit = false;
        for (int i = 0; i < word.length(); i++) if ("十百千万亿".indexOf(word.charAt(i)) >= 0) unit = true;
        if (!unit && word.length() != 2) return Optional.empty();
        for (int i = 0; i + 1 < word.length(); i++) {
            int a = digitOf(word.charAt(i));
            int b = digitOf(word.charAt(i + 1));
            if (a < 1 || b < 1 || !(b == a + 1 || a == 3 && b == 5)) continue;
            // Only one pair: 一二三 is a list, not an estimate.
            if (i + 2 < word.length() && digitOf(word.charAt(i + 2)) >= 0) return Optional.empty();
            if (word.length() == 2) return Optional.of(a + " or " + b);
            Optional<String> low = value(word.substring(0, i + 1) + word.substring(i + 2));
            Optional<String> high = value(word.substring(0, i) + word.substring(i + 1));
            if (low.isEmpty() || high.isEmpty()) return Optional.empty();
            return Optional.of(low.get() + " or " + high.get());
        }
        return Optional.empty();
    }

    private static int digitOf(char c) {
        if (c == '〇') return 0;
        if (c == '两') return 2;
        return DIGITS.indexOf(c);
    }
}
