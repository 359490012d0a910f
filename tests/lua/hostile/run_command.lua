-- hostile: run a shell command (os.execute is not there)
os.execute("touch " .. SANDBOX_DIR .. "/pwned")
