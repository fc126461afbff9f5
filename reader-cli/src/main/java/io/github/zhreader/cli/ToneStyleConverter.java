package io.github.zhreader.cli;

import io.github.zhreader.pinyin.ToneStyle;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses {@code --tones} values with {@link ToneStyle#parse(String)}. */
final class ToneStyleConverter implements ITypeConverter<ToneStyle> {

    @Override
    public ToneStyle convert(String value) {
        try {
            return ToneStyle.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
