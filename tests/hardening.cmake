# Hardening suites of issue 5 (fuzz regressions, pathological inputs, threads, allocation failure); included by tests/CMakeLists.txt.
# SPDX-License-Identifier: MIT
#
# Include this at the end of tests/CMakeLists.txt (include(hardening.cmake)): it adds each
# suite that the file above has not added already (pathological/ and fuzz/ may be added by
# its plug-in loop), so it can neither miss a suite nor add one twice.

get_property(GOVREPORT_ADDED_SUITES DIRECTORY PROPERTY SUBDIRECTORIES)
foreach(suite fuzz pathological threads alloc)
  set(suite_dir ${CMAKE_CURRENT_SOURCE_DIR}/${suite})
  if(EXISTS ${suite_dir}/CMakeLists.txt AND NOT suite_dir IN_LIST GOVREPORT_ADDED_SUITES)
    add_subdirectory(${suite})
  endif()
endforeach()
