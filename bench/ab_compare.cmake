# The A/B timing harness (bench/ab_compare.c): two builds of the library timed side by side
# on one input, the only wall-clock comparison that holds on a noisy machine (bench/README.md).
# It needs no benchmark library, so the test build compiles it as well and runs it once.
# glibc only (dlmopen); included from bench/ and tests/, defined once.
if(NOT TARGET govreport_ab_compare AND CMAKE_SYSTEM_NAME STREQUAL "Linux")
  add_executable(govreport_ab_compare ${CMAKE_CURRENT_LIST_DIR}/ab_compare.c)
  target_include_directories(govreport_ab_compare PRIVATE
    ${PROJECT_SOURCE_DIR}/include ${PROJECT_BINARY_DIR}/include)
  target_link_libraries(govreport_ab_compare PRIVATE ${CMAKE_DL_LIBS} m govreport_warnings)
  add_dependencies(govreport_ab_compare govreport)
endif()
