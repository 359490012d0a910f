# Fuzz targets (tests/fuzz/fuzz_NAME.c, each an LLVMFuzzerTestOneInput).
# Every build: replay_NAME links the target with replay_main.c and the test fuzz_replay_NAME
# runs it over tests/fuzz/corpus/NAME, tests/fuzz/regressions/NAME and the seed folders
# below (label "replay").
# With TT_FUZZ (clang): fuzz_NAME is the libFuzzer binary and the test fuzz_NAME runs it
# for $TT_FUZZ_SECONDS (default 12) through run_fuzz.sh (label "fuzz", one at a time).
set(TT_FUZZ_DIR ${CMAKE_SOURCE_DIR}/tests/fuzz)
# Seeds beyond tests/fuzz/corpus/NAME: the project's own files of that kind, used where they
# are (copies would go stale as the data changes).
set(TT_SEEDS_quiz ${CMAKE_SOURCE_DIR}/scripts/quizzes ${CMAKE_SOURCE_DIR}/tests/quiz/good
                  ${CMAKE_SOURCE_DIR}/tests/quiz/broken ${CMAKE_SOURCE_DIR}/tests/hostile/quiz)
set(TT_SEEDS_atlas ${CMAKE_SOURCE_DIR}/assets/atlas ${CMAKE_SOURCE_DIR}/assets/atlas/muscles)
file(GLOB FUZZ_TARGETS CONFIGURE_DEPENDS ${TT_FUZZ_DIR}/fuzz_*.c)
foreach(src ${FUZZ_TARGETS})
  get_filename_component(name ${src} NAME_WE)
  string(REGEX REPLACE "^fuzz_" "" short ${name})

  add_executable(replay_${short} ${src} ${TT_FUZZ_DIR}/replay_main.c)
  target_include_directories(replay_${short} PRIVATE ${TT_FUZZ_DIR})
  target_link_libraries(replay_${short} PRIVATE trainer_core)
  add_test(NAME fuzz_replay_${short}
           COMMAND replay_${short} ${TT_FUZZ_DIR}/corpus/${short} ${TT_FUZZ_DIR}/regressions/${short}
                   ${TT_SEEDS_${short}}
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set_tests_properties(fuzz_replay_${short} PROPERTIES ENVIRONMENT "${TT_TEST_ENV}" TIMEOUT 600 LABELS replay)

  if(TT_FUZZ)
    add_executable(${name} ${src})
    target_include_directories(${name} PRIVATE ${TT_FUZZ_DIR})
    target_link_libraries(${name} PRIVATE trainer_core)
    target_link_options(${name} PRIVATE -fsanitize=fuzzer)
    add_test(NAME ${name}
             COMMAND bash ${TT_FUZZ_DIR}/run_fuzz.sh $<TARGET_FILE:${name}> ${short} ${CMAKE_BINARY_DIR}/fuzz
                     ${TT_SEEDS_${short}}
             WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${TT_TEST_ENV}" TIMEOUT 7200 LABELS fuzz RUN_SERIAL TRUE)
  endif()
endforeach()
