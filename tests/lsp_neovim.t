#!/bin/bash
# The Neovim configuration of docs/editors.md, run as written (with this
# build's canvas) in a headless Neovim: the server starts for a script in
# a folder with a .canvas.lua, and the editor shows its diagnostics, hover
# and definition. Skipped where Neovim is not installed.
. "$(dirname "$0")/lib.sh"
command -v nvim >/dev/null 2>&1 || skip_all "nvim is not installed (Debian package neovim)"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
version=$(nvim --version | sed -n '1s/^NVIM v\([0-9]*\.[0-9]*\).*/\1/p')
# the block for this Neovim: the 0.7 one, or the first (vim.lsp.start) from 0.8
if [ "$version" = "0.7" ]; then
  awk '/^-- canvas lsp for Neovim 0.7/ { on = 1 } on && /^```/ { exit } on' \
    "$TOP/docs/editors.md" > "$tmp/init.lua"
else
  awk '/^```lua/ && !done { on = 1; next } on && /^```/ { exit } on' \
    "$TOP/docs/editors.md" > "$tmp/init.lua"
fi
ok "$(grep -q 'canvas", "lsp"' "$tmp/init.lua"; echo $?)" "docs/editors.md has the configuration for Neovim $version"
sed -i "s|\"canvas\", \"lsp\"|\"$CANVAS\", \"lsp\"|" "$tmp/init.lua"
mkdir -p "$tmp/project/sub"
echo 'checks { }' > "$tmp/project/.canvas.lua"
cat > "$tmp/project/sub/clinic.lua" <<'LUA'
segment "Patients" {
  job "Book a visit" { importance = 5 },
  pain "Queues" { severity = "boiling", id = "queues" },
}
value "App" { segment = "Patients", relieves "queues" }
LUA
cp "$tmp/project/sub/clinic.lua" "$tmp/plain.lua"   # no .canvas.lua above it
cat > "$tmp/probe.lua" <<'LUA'
local out = {}
vim.wait(5000, function() return #vim.diagnostic.get(0) > 0 end, 50)
for _, d in ipairs(vim.diagnostic.get(0)) do
  out[#out + 1] = "diagnostic " .. (d.lnum + 1) .. " " .. d.severity .. " " .. d.message
end
local doc = { uri = vim.uri_from_bufnr(0) }
local r = vim.lsp.buf_request_sync(0, "textDocument/hover",
  { textDocument = doc, position = { line = 1, character = 25 } }, 3000) or {}
for _, x in pairs(r) do
  if x.result then out[#out + 1] = "hover " .. x.result.contents.value:gsub("\n", " ") end
end
r = vim.lsp.buf_request_sync(0, "textDocument/definition",
  { textDocument = doc, position = { line = 4, character = 50 } }, 3000) or {}
for _, x in pairs(r) do
  if x.result then out[#out + 1] = "definition " .. x.result.range.start.line end
end
out[#out + 1] = "clients " .. #vim.lsp.get_active_clients()
vim.fn.writefile(out, vim.env.PROBE_OUT)
vim.cmd("qa!")
LUA
PROBE_OUT="$tmp/out" timeout 30 nvim --headless -u "$tmp/init.lua" "$tmp/project/sub/clinic.lua" \
  -c "luafile $tmp/probe.lua" >/dev/null 2>&1
got=$(cat "$tmp/out" 2>/dev/null)
like "$got" 'diagnostic 3 1 pain "Queues": severity = "boiling"' "Neovim shows the load error on its line, as an error"
like "$got" "hover **importance** (a field of jobs)" "hover shows the field's help"
like "$got" "definition 2" "definition goes from relieves \"queues\" to the pain"
like "$got" "clients 1" "one server for the project"
PROBE_OUT="$tmp/out2" timeout 30 nvim --headless -u "$tmp/init.lua" "$tmp/plain.lua" \
  -c "luafile $tmp/probe.lua" >/dev/null 2>&1
like "$(cat "$tmp/out2" 2>/dev/null)" "clients 0" "a Lua file outside a canvas project gets no server"
done_testing
