// Placeholder: helper I2's branch replaces this with the price suggestions of the item form (04-inventory R4).
