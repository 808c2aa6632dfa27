/** A release of the Certificate Connector for Microsoft Intune: its version and its release date. */
export type ConnectorRelease = {
  version: string;
  /** The calendar date of the release, year-month-day ("2026-02-18"). */
  released: string;
};

// Microsoft Learn, "Certificate Connector for Microsoft Intune", sections "Lifecycle" and "What's new for
// the certificate connector". The releases up to 6.2203.12.0 are as a stored copy of the page's source states
// (github.com/MicrosoftDocs/memdocs, memdocs/intune/protect/certificate-connector-overview.md at 067371c3);
// the later ones as the page's revision of 23 February 2026 does. A newer release goes in config.json's
// `connectorReleases` until this table is updated.
export const SOURCE_URL =
  'https://learn.microsoft.com/mem/intune/protect/certificate-connector-overview#whats-new-for-the-certificate-connector';

/** The date this table was last checked against the page. */
export const AS_OF = '2026-02-23';

/** Connectors older than this can no longer issue (since Sep 2022) or revoke (since Aug 2022) certificates. */
export const MINIMUM_WORKING_VERSION = '6.2101.13.0';

export const CONNECTOR_RELEASES: readonly ConnectorRelease[] = [
  { version: '6.2510.3.2002', released: '2026-02-18' },
  { version: '6.2406.0.2002', released: '2025-07-22' },
  { version: '6.2406.0.1002', released: '2025-06-12' },
  { version: '6.2406.0.1001', released: '2024-09-19' },
  { version: '6.2301.1.0', released: '2023-02-15' },
  { version: '6.2206.122.0', released: '2022-09-21' },
  { version: '6.2205.201.0', released: '2022-06-30' },
  { version: '6.2203.12.0', released: '2022-05-04' },
  { version: '6.2202.38.0', released: '2022-03-10' },
  { version: '6.2201.7.0', released: '2022-02-18' },
  { version: '6.2112.1.0', released: '2022-01-06' },
  { version: '6.2110.201.0', released: '2021-10-11' },
  { version: '6.2109.51.0', released: '2021-09-23' },
  { version: '6.2108.18.0', released: '2021-08-16' },
  { version: '6.2107.45.0', released: '2021-07-29' },
];
