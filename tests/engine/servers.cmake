# Tests against the throwaway PostgreSQL and MariaDB of tests/harness/servers.sh (the `servers` CTest fixture).
# Included from tests/engine/CMakeLists.txt.
include_guard(GLOBAL)
foreach(name postgres mysql)
  tidemark_add_test(tst_${name} SERVERS SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_${name}.cpp LIBS tidemark_testsupport)
  target_compile_definitions(tst_${name} PRIVATE TIDEMARK_CLI="$<TARGET_FILE:tidemark_cli>")
  add_dependencies(tst_${name} tidemark_cli)
  # A zone far from UTC, with a 45-minute offset, so a time stored or read as local time shows.
  set_property(TEST tst_${name} APPEND PROPERTY ENVIRONMENT "TZ=Pacific/Chatham")
endforeach()
