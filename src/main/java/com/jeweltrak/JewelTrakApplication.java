package com.jeweltrak;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class JewelTrakApplication {

    public static void main(String[] args) {
        SpringApplication.run(JewelTrakApplication.class, args);
    }
}
