package dev.weft.cli;

import picocli.CommandLine;

/**
 * Reads one {@code -o KEY=VALUE} agent option. A bare word is refused here: passed on, the agent would read it
 * as one more item of the option before it (a comma and a bare word continue a list), not as the option meant.
 */
final class AgentOptionConverter implements CommandLine.ITypeConverter<String> {

    @Override
    public String convert(String value) {
        if (value.indexOf('=') <= 0) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not KEY=VALUE (e.g. -o include=com.example.;"
                    + " the agent's options are in the README)");
        }
        return value;
    }
}
