/** @type {import('next').NextConfig} */
export default {
  // The consumer test runs offline: no telemetry, no lint step of Next's own.
  eslint: { ignoreDuringBuilds: true },
}
