#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  main
} from "./chunk-GB3WDPXV.js";
import "./chunk-LOJJKM2L.js";
import "./chunk-WJXHPGZE.js";

// src/cli.ts
process.exit(await main(process.argv.slice(2)));
