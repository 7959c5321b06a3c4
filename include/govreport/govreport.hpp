// Umbrella header for the C++ API: the model and the parse / to_json entry points.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_GOVREPORT_HPP
#define GOVREPORT_GOVREPORT_HPP

#include "parse.hpp"
#include "report.hpp"

#endif
