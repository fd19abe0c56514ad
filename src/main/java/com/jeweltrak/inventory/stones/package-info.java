/**
 * Loose stones' and set stones' certificates and set stones (04-inventory §Set Stones, §Share a Certificate). A named
 * interface: a memo offers the certificates of the stones on it when it is printed or e-mailed (03-services §12).
 */
@org.springframework.modulith.NamedInterface("stones")
package com.jeweltrak.inventory.stones;
