# Tests of the goose, Flyway and dbmate conventions and of convention detection.
# Included from tests/engine/CMakeLists.txt: include(${CMAKE_CURRENT_SOURCE_DIR}/conventions.cmake)
foreach(name goose flyway dbmate conventiondetection)
  tidemark_add_test(tst_${name} SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_${name}.cpp LIBS tidemark_testsupport)
endforeach()
