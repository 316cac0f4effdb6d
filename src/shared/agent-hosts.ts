// The hosts where support agents write replies: coaching is on there unless the agent turns
// it off. The loader, the background and the popup all decide from this one list.

/** Registrable domains; a host matches itself and any subdomain ("acme.zendesk.com"). */
export const AGENT_DOMAINS: readonly string[] = [
  'mail.google.com', // Gmail
  'zendesk.com', // Zendesk
  'outlook.office.com', // Outlook on the web
  'outlook.office365.com',
  'outlook.live.com',
  'freshdesk.com', // Freshdesk
  'app.intercom.com', // Intercom
  'secure.helpscout.net', // Help Scout
  'app.frontapp.com', // Front
  'app.hubspot.com', // HubSpot
  'app-eu1.hubspot.com',
  'lightning.force.com', // Salesforce (Lightning)
  'my.salesforce.com',
];

/** True when coaching is on by default on this host. */
export function isAgentHost(host: string): boolean {
  const lower = host.toLowerCase();
  return AGENT_DOMAINS.some((domain) => lower === domain || lower.endsWith(`.${domain}`));
}
