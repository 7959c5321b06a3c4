// Reads the CLI's input (a file or standard input) into memory, with errno-based messages.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_CLI_INPUT_HPP
#define GOVREPORT_CLI_INPUT_HPP

#include <stdexcept>
#include <string>

namespace govreport::cli {

/// The input could not be opened or read. what() is "cannot open file: <strerror>" and
/// does not repeat the path: the caller puts it in front.
class InputError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Returns the whole content of `path` ("-" = standard input), read as bytes.
std::string read_input(const std::string& path);

/// The name to show in messages: the path itself, or "<stdin>" for "-".
std::string display_name(const std::string& path);

}  // namespace govreport::cli

#endif
